package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.pyrotorrent.domain.port.in.CheckHealth;
import java.util.Objects;

/** The JSON API's entry: registers its routes on a Javalin config. */
public final class Api {

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final CheckHealth health;

    private Api(CheckHealth health) {
        this.health = Objects.requireNonNull(health, "health");
    }

    public static void register(JavalinConfig config, CheckHealth health) {
        var api = new Api(health);
        config.routes.get("/health", api::health);
    }

    /** 200 whenever the server runs: a dead instance is reported in the body, not as a failure. */
    private void health(Context ctx) throws Exception {
        ctx.contentType("application/json").result(json.writeValueAsString(HealthBody.of(health.health())));
    }
}
