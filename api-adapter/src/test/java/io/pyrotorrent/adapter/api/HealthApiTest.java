package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.model.files.StorageMapping;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
    void health_givesEachTargetsDiskSpace_andUnknownWhereItsFilesAreNotVisible() {
        try (var api = TestApi.start(options -> {
            options.storage = Map.of(TargetName.of("alpha"), new StorageMapping("/", Path.of("/srv/alpha")));
            options.disk = dir -> Optional.of(new DiskUsage(40_000, 1_000_000));
        })) {
            var reply = api.get("/health");

            assertThat(reply.json().at("/targets/0/disk/free").asLong()).isEqualTo(40_000);
            assertThat(reply.json().at("/targets/0/disk/total").asLong()).isEqualTo(1_000_000);
            assertThat(reply.json().at("/targets/0/disk/low").asBoolean())
                    .as("4% < 5%")
                    .isTrue();
            assertThat(reply.json().at("/targets/1/disk").asText()).isEqualTo("unknown");
        }
    }

    @Test
    void health_withoutALogin_namesNoTargetsDisk() {
        try (var api = TestApi.start(options -> {
            options.users = java.util.List.of(TestApi.user("alice", "*"));
            options.storage = Map.of(TargetName.of("alpha"), new StorageMapping("/", Path.of("/srv/alpha")));
            options.disk = dir -> Optional.of(new DiskUsage(40_000, 1_000_000));
        })) {
            assertThat(api.get("/health").json().at("/targets").size()).isZero();
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
