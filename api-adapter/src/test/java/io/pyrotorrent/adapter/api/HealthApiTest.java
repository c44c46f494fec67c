package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.ClientFailure;
import org.junit.jupiter.api.Test;

class HealthApiTest {

    @Test
    void health_is200AndReportsADeadTargetBesideALiveOne() {
        try (var api = TestApi.start()) {
            api.beta.failWith(new ClientFailure.Unreachable("no such socket"));

            var reply = api.get("/health");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.json().at("/targets/0/reachable").asBoolean()).isTrue();
            assertThat(reply.json().at("/targets/0/clientVersion").asText()).isEqualTo("0.9.8");
            assertThat(reply.json().at("/targets/1/reachable").asBoolean()).isFalse();
            assertThat(reply.json().at("/targets/1/lastError").asText())
                    .isEqualTo("rTorrent is unreachable: no such socket");
        }
    }

    @Test
    void health_needsNoCredentialsAndStaysWhenTheApiIsOff() {
        try (var api = TestApi.start(options -> {
            options.enabled = false;
            options.users = java.util.List.of(TestApi.user("alice", "*"));
        })) {
            assertThat(api.get("/health").status()).isEqualTo(200);
        }
    }
}
