package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.TorrentClientContract;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The {@link TorrentClientContract} against real rTorrent 0.9.8 in a container, over one
 * transport; round trips are counted by the adapter's listener, below the port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
abstract class RealRtorrentContract extends TorrentClientContract {

    private final AtomicLong roundTrips = new AtomicLong();
    private final RoundTripListener counter = roundTrip -> roundTrips.incrementAndGet();
    private RtorrentContainer container;
    private TorrentClient client;

    /** A fresh, not yet started container for this transport. */
    abstract RtorrentContainer newContainer();

    /** The URL of the transport under test. */
    abstract URI url(RtorrentContainer container);

    /**
     * The defaults but a 60 s read deadline: the contract checks what rTorrent answers, not how fast,
     * and loading a thousand torrents took over 10 s on a 2-core machine busy with other builds.
     */
    static final TransportSettings CONTRACT_SETTINGS = new TransportSettings(
            TransportSettings.DEFAULT_CONNECT_TIMEOUT,
            Duration.ofSeconds(60),
            TransportSettings.DEFAULT_MAX_RESPONSE_BYTES,
            TransportSettings.DEFAULT_MAX_REQUEST_BYTES);

    @BeforeAll
    void startRtorrent() {
        container = newContainer();
        container.start();
        client = RtorrentClient.connect(url(container), CONTRACT_SETTINGS, counter);
    }

    @AfterAll
    void stopRtorrent() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    protected TorrentClient client() {
        return client;
    }

    @Override
    protected long roundTrips() {
        return roundTrips.get();
    }
}
