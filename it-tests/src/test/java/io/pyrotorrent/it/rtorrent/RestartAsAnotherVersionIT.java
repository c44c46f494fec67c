package io.pyrotorrent.it.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One target, one client, and behind its unix socket rTorrent 0.9.8 replaced by 0.16 and back, as
 * an upgrade or a downgrade does: the client speaks JSON-RPC to 0.16 and XML-RPC to 0.9.8 each
 * time, without a restart of pyroTorrent and without anybody configuring a version.
 */
@Timeout(180)
class RestartAsAnotherVersionIT {

    private final List<RtorrentContainer> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(RtorrentContainer::stop);
    }

    @Test
    @DisplayName("0.9.8 -> 0.16 -> 0.9.8 behind the same socket: the codec follows the version each time")
    void codecFollowsTheVersionAcrossRestarts() {
        RtorrentContainer old = start(RtorrentContainer.unixSocket(RtorrentContainer.IMAGE));
        RtorrentClient client = RtorrentClient.connect(
                old.unixSocketUrl(),
                RealRtorrentContract.CONTRACT_SETTINGS,
                RoundTripListener.NONE,
                RtorrentClient.Rpc.AUTO);
        assertThat(versionSoon(client)).isEqualTo("0.9.8");
        assertThat(client.rpc()).contains("xmlrpc");

        // Upgraded while nobody called: the first reply names 0.16 (it reads XML too), the next call asks again.
        RtorrentContainer upgraded = old.successor(RtorrentContainer.IMAGE_0_16);
        old.stop();
        start(upgraded);
        assertThat(versionSoon(client)).startsWith("0.16.");
        assertThat(versionSoon(client)).startsWith("0.16.");
        assertThat(client.rpc()).contains("jsonrpc");
        assertThat(client.rtorrentVersion())
                .hasValueSatisfying(v -> assertThat(v).startsWith("0.16."));

        // Downgraded: 0.9.8 answers the JSON body with an XML fault; that call fails, the next asks again.
        RtorrentContainer downgraded = upgraded.successor(RtorrentContainer.IMAGE);
        upgraded.stop();
        start(downgraded);
        assertThat(versionSoon(client)).isEqualTo("0.9.8");
        assertThat(client.rpc()).contains("xmlrpc");
    }

    private RtorrentContainer start(RtorrentContainer container) {
        started.add(container);
        container.start();
        return container;
    }

    /** The version rTorrent reports, asking again while calls fail (at most a few, within 30 s). */
    private static String versionSoon(RtorrentClient client) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int failures = 0;
        while (true) {
            var request = Request.builder();
            var version = request.add(ClientQuery.of(ClientFields.CLIENT_VERSION));
            try {
                return client.send(request.build()).get(version).get(ClientFields.CLIENT_VERSION);
            } catch (TorrentClientException e) {
                failures++;
                if (failures > 3 || System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }
}
