package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.health.TargetHealth;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final Instant now = Instant.parse("2026-11-24T02:00:00Z");
    private final HealthService service = new HealthService(
            new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("local"), client)),
            Executors.newCachedThreadPool(),
            Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aReachableInstance_reportsItsVersions() {
        TargetHealth health = service.health(Principal.LOCAL).get(0);

        assertThat(health.reachable()).isTrue();
        assertThat(health.clientVersion()).contains("0.9.8");
        assertThat(health.lastError()).isEmpty();
    }

    @Test
    void theCodecAClientSpeaks_isReported_throughTheCoalescingDecorator() {
        TorrentClient speaksJson = new TorrentClient() {
            @Override
            public io.pyrotorrent.domain.model.request.Snapshot send(
                    io.pyrotorrent.domain.model.request.Request request) {
                return client.send(request);
            }

            @Override
            public Optional<String> rpc() {
                return Optional.of("jsonrpc");
            }
        };
        var coalescing = new CoalescingTorrentClient(speaksJson, Duration.ofMillis(1));
        HealthService withCodec = new HealthService(
                new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("local"), coalescing)),
                Executors.newCachedThreadPool(),
                Clock.fixed(now, ZoneOffset.UTC));

        TargetHealth health = withCodec.health(Principal.LOCAL).get(0);

        assertThat(health.rpc()).contains("jsonrpc");
        assertThat(service.health(Principal.LOCAL).get(0).rpc()).isEmpty();
    }

    @Test
    void aDeadInstance_isReportedWithItsError_andTheErrorIsRememberedAfterRecovery() {
        client.failWith(new ClientFailure.Unreachable("connection refused"));
        TargetHealth dead = service.health(Principal.LOCAL).get(0);
        client.failWith(null);
        TargetHealth recovered = service.health(Principal.LOCAL).get(0);

        assertThat(dead.reachable()).isFalse();
        assertThat(dead.lastError()).contains("rTorrent is unreachable: connection refused");
        assertThat(recovered.reachable()).isTrue();
        assertThat(recovered.lastErrorAt()).contains(now);
    }
}
