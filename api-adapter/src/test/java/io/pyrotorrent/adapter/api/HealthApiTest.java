package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.port.out.Targets;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.HealthService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class HealthApiTest {

    @Test
    void health_is200AndReportsADeadTargetBesideALiveOne() throws Exception {
        var live = new InMemoryTorrentClient();
        var dead = new InMemoryTorrentClient();
        dead.failWith(new ClientFailure.Unreachable("no such socket"));
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(TargetName.of("live"), live);
        clients.put(TargetName.of("dead"), dead);
        var health = new HealthService(new Targets(clients), Executors.newCachedThreadPool(), Clock.systemUTC());
        Javalin server = Javalin.create(config -> Api.register(config, health)).start("127.0.0.1", 0);
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.at("/targets/0/reachable").asBoolean()).isTrue();
            assertThat(body.at("/targets/0/clientVersion").asText()).isEqualTo("0.9.8");
            assertThat(body.at("/targets/1/reachable").asBoolean()).isFalse();
            assertThat(body.at("/targets/1/lastError").asText()).isEqualTo("rTorrent is unreachable: no such socket");
        } finally {
            server.stop();
        }
    }
}
