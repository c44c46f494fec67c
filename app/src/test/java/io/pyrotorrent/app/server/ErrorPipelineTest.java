package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.Api;
import io.pyrotorrent.adapter.web.WebUi;
import io.pyrotorrent.app.metrics.Metrics;
import io.pyrotorrent.domain.model.UnknownTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One error pipeline under a base path: each failure answered by the adapter that owns its path. */
class ErrorPipelineTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void start() {
        var api = Api.errors(true);
        var pages = WebUi.errors();
        var owners = List.of(
                new ErrorOwner(api::owns, api::exception, api::status),
                ErrorOwner.ofTheRest(pages::exception, pages::status));
        server = HttpServer.start("127.0.0.1", 0, "/torrent/", new Metrics(), config -> {
            ErrorPipeline.register(config, owners);
            config.routes.get("/api/v1/targets/{target}", ctx -> {
                throw new UnknownTargetException(ctx.pathParam("target"));
            });
            config.routes.get("/apix/{target}", ctx -> {
                throw new UnknownTargetException(ctx.pathParam("target"));
            });
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("what an API route throws is the API's JSON error; the same below another path is a page")
    void anException_isAnsweredByTheOwnerOfThePath() throws Exception {
        var api = send("GET", "/torrent/api/v1/targets/nowhere");
        var page = send("GET", "/torrent/apix/nowhere");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(api.body()).contains("\"code\":\"unknown_target\"");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("There is ", "nowhere");
    }

    @Test
    @DisplayName("no route matched: JSON below api and health, the site's 404 page elsewhere")
    void anUnmatchedRoute_isAnsweredByTheOwnerOfThePath() throws Exception {
        var api = send("GET", "/torrent/api/v2/anything");
        var health = send("POST", "/torrent/health");
        var page = send("GET", "/torrent/nothing/here");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("no such API route: GET /torrent/api/v2/anything");
        assertThat(health.statusCode()).isEqualTo(404);
        assertThat(health.body()).contains("\"code\":\"not_found\"");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such page.");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
