package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.model.files.StorageMapping;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetsApiTest {

    @Test
    void targets_listsEachInstanceWithVersionsRatesLimitsAndCounts_andADeadOneAsUnreachable() {
        try (var api = TestApi.start()) {
            api.alpha.put(TestTorrent.unique("one").metainfo(), true).complete(true);
            api.alpha.put(TestTorrent.unique("two").metainfo(), false);
            api.putJson("/api/v1/targets/alpha/throttle", "{\"up\": 1024}");
            api.beta.failWith(new ClientFailure.Unreachable("no such socket"));

            var reply = api.get("/api/v1/targets");

            assertThat(reply.status()).isEqualTo(200);
            JsonNode alpha = reply.json().at("/targets/0");
            assertThat(alpha.get("name").asText()).isEqualTo("alpha");
            assertThat(alpha.get("reachable").asBoolean()).isTrue();
            assertThat(alpha.get("client_version").asText()).isEqualTo("0.9.8");
            assertThat(alpha.get("library_version").asText()).isEqualTo("0.13.8");
            assertThat(alpha.get("up_limit").asLong()).isEqualTo(1024);
            assertThat(alpha.get("down_rate").asLong()).isZero();
            assertThat(alpha.get("torrents").asInt()).isEqualTo(2);
            assertThat(alpha.at("/counts/seeding").asInt()).isEqualTo(1);
            assertThat(alpha.at("/counts/stopped").asInt()).isEqualTo(1);
            JsonNode beta = reply.json().at("/targets/1");
            assertThat(beta.get("reachable").asBoolean()).isFalse();
            assertThat(beta.at("/error/code").asText()).isEqualTo("rtorrent_unreachable");
        }
    }

    @Test
    void targets_giveEachTargetsDiskSpace_andUnknownWithoutAStorageMapping() {
        try (var api = TestApi.start(options -> {
            options.storage = Map.of(TargetName.of("alpha"), new StorageMapping("/", Path.of("/srv/alpha")));
            options.disk = dir -> Optional.of(new DiskUsage(412_000_000_000L, 1_000_000_000_000L));
        })) {
            var reply = api.get("/api/v1/targets");

            assertThat(reply.json().at("/targets/0/disk/free").asLong()).isEqualTo(412_000_000_000L);
            assertThat(reply.json().at("/targets/0/disk/total").asLong()).isEqualTo(1_000_000_000_000L);
            assertThat(reply.json().at("/targets/0/disk/low").asBoolean()).isFalse();
            assertThat(reply.json().at("/targets/1/disk").asText()).isEqualTo("unknown");
        }
    }

    @Test
    void targets_costOneRoundTripEach_andRefuseQueryParameters() {
        try (var api = TestApi.start()) {
            api.get("/api/v1/targets");

            assertThat(api.alpha.roundTrips()).isEqualTo(1);
            assertThat(api.beta.roundTrips()).isEqualTo(1);
            assertThat(api.get("/api/v1/targets?all=1").status()).isEqualTo(400);
        }
    }
}
