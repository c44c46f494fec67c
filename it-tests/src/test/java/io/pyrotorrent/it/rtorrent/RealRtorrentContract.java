package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.TorrentClientContract;
import io.pyrotorrent.it.support.RtorrentContainer;
import io.pyrotorrent.it.support.ScgiProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The {@link TorrentClientContract} against real rTorrent in a container (0.9.8, or 0.16 over
 * either codec), over one transport; round trips are counted by the adapter's listener, below the
 * port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
abstract class RealRtorrentContract extends TorrentClientContract {

    private final AtomicLong roundTrips = new AtomicLong();
    private final RoundTripListener counter = roundTrip -> roundTrips.incrementAndGet();
    private RtorrentContainer container;
    private RtorrentClient client;

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
    /** Which codec to ask for; {@code auto} picks JSON-RPC where rTorrent has it. */
    RtorrentClient.Rpc rpc() {
        return RtorrentClient.Rpc.AUTO;
    }

    /** The codec the client must end up speaking, once it asked. */
    String expectedCodec() {
        return "xmlrpc";
    }

    /**
     * rTorrent 0.16.17's words: "not found" moved from -501 to the code for bad parameters (-503
     * over XML-RPC, -32602 over JSON-RPC), and an unknown view has JSON-RPC's code too. It keeps a
     * magnet that names no tracker with DHT off, where 0.9.8 drops it.
     */
    static Answers answers016(int invalidParams) {
        return new Answers(
                "0.16.17",
                new ClientFailure.NotFound(invalidParams, "invalid parameters: info-hash not found"),
                new ClientFailure.NotFound(invalidParams, "invalid parameters: index not found"),
                new ClientFailure.Rejected(invalidParams, "Could not find view."),
                true);
    }

    @Override
    protected void setMessageBehindOurBack(InfoHash hash, String message) {
        try {
            String reply = ScgiProbe.call(
                    container.scgiAddress(),
                    "<?xml version=\"1.0\"?><methodCall><methodName>d.message.set</methodName><params>"
                            + "<param><value><string>" + hash.hex() + "</string></value></param>"
                            + "<param><value><string>" + message + "</string></value></param>"
                            + "</params></methodCall>",
                    Duration.ofSeconds(10));
            if (reply.contains("fault")) {
                throw new AssertionError("d.message.set failed: " + reply);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void startRtorrent() {
        container = newContainer();
        container.start();
        client = RtorrentClient.connect(url(container), CONTRACT_SETTINGS, counter, rpc());
        // The first call of a connection life also asks which codec and version: do it before
        // the contract counts round trips, and check it chose what this rTorrent should get.
        client.send(Request.of(ClientQuery.of(ClientFields.CLIENT_VERSION)));
        if (!client.rpc().equals(Optional.of(expectedCodec()))) {
            throw new IllegalStateException("expected " + expectedCodec() + ", the client chose " + client.rpc());
        }
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
