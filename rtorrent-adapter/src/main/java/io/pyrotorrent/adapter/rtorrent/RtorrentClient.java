package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.adapter.rtorrent.codec.RpcCodec;
import io.pyrotorrent.adapter.rtorrent.codec.RpcExchange;
import io.pyrotorrent.adapter.rtorrent.codec.jsonrpc.JsonRpcCodec;
import io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcCodec;
import io.pyrotorrent.adapter.rtorrent.plan.Call;
import io.pyrotorrent.adapter.rtorrent.plan.PlannedStep;
import io.pyrotorrent.adapter.rtorrent.plan.RequestSplitter;
import io.pyrotorrent.adapter.rtorrent.plan.StepPlanner;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.adapter.rtorrent.transport.Transports;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The rTorrent adapter's entry: a {@link TorrentClient} speaking XML-RPC or JSON-RPC to one
 * rTorrent instance. A whole request becomes ONE system.multicall or JSON-RPC batch (d.multicall2
 * and friends inside it), so a page costs one round trip however much it shows. The URL picks the transport:
 * {@code scgi://host:port}, {@code scgi:///path/to.sock} or {@code http(s)://host:port/RPC2}.
 *
 * <p>Behind it, one package per job: {@code plan} turns request steps into rTorrent calls and
 * their results back into outcomes, {@code codec} writes and reads the bodies (XML-RPC or JSON-RPC, picked per
 * connection life by {@link DialectProbe}),
 * {@code transport} moves the bytes, {@code fault} maps rTorrent's fault codes to failures.
 */
public final class RtorrentClient implements TorrentClient {

    /** Which encoding to speak: {@code auto} asks rTorrent (JSON-RPC where it has it), or forced. */
    public enum Rpc {
        AUTO,
        XMLRPC,
        JSONRPC;

        public static final String ACCEPTED = "auto, xmlrpc or jsonrpc";

        /** The mode a config spells; anything else is an IllegalArgumentException naming the choices. */
        public static Rpc parse(String text) {
            for (Rpc rpc : values()) {
                if (rpc.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return rpc;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not an RPC mode; use " + ACCEPTED);
        }
    }

    private final URI url;
    private final Transport transport;
    private final XmlRpcCodec xml;
    private final RpcExchange exchange;
    private final DialectProbe probe;
    private final RequestSplitter splitter;
    private final long emptyMulticall;
    private final long maxRequestBytes;
    /** Null until the first call of a connection life, and again after the connection failed. */
    private volatile Dialect dialect;

    private RtorrentClient(
            URI url, Transport transport, TransportSettings settings, RoundTripListener listener, Rpc rpc) {
        this.url = url;
        this.transport = transport;
        this.xml = new XmlRpcCodec(settings, listener);
        this.exchange = new RpcExchange(settings, listener);
        this.probe = new DialectProbe(exchange, xml, new JsonRpcCodec(settings), rpc);
        this.maxRequestBytes = settings.maxRequestBytes();
        this.emptyMulticall = xml.encodeBatch(List.of()).length;
        this.splitter = new RequestSplitter(settings.maxRequestBytes(), this::encodedSize);
    }

    /**
     * A client setting as a line of an rTorrent rc file ("throttle.max_peers.normal.set = 150"),
     * from the same fixed setter table the live change uses: for an instance that must read it at
     * its next start.
     */
    public static String rcLine(SettingValue value) {
        return StepPlanner.rcLine(value);
    }

    /** A client for the rTorrent at {@code url}; nothing is sent until the first request. */
    public static RtorrentClient connect(URI url, TransportSettings settings, RoundTripListener listener, Rpc rpc) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(rpc, "rpc");
        return new RtorrentClient(url, Transports.forUrl(url, settings), settings, listener, rpc);
    }

    public static RtorrentClient connect(URI url, TransportSettings settings, RoundTripListener listener) {
        return connect(url, settings, listener, Rpc.AUTO);
    }

    public static RtorrentClient connect(URI url, TransportSettings settings) {
        return connect(url, settings, RoundTripListener.NONE);
    }

    /** Package-private: tests run the client over a transport of their own, XML-RPC with no probe. */
    static RtorrentClient over(Transport transport, TransportSettings settings, RoundTripListener listener) {
        RtorrentClient client = over(transport, settings, listener, Rpc.XMLRPC);
        client.dialect = new Dialect(client.xml, Dialect.UNKNOWN_VERSION);
        return client;
    }

    static RtorrentClient over(Transport transport, TransportSettings settings, RoundTripListener listener, Rpc rpc) {
        return new RtorrentClient(URI.create("test:transport"), transport, settings, listener, rpc);
    }

    /** The codec this connection life speaks ({@code xmlrpc} or {@code jsonrpc}), once a call found out. */
    @Override
    public Optional<String> rpc() {
        return Optional.ofNullable(dialect).map(d -> d.codec().name());
    }

    /** The rTorrent version this connection life reported, once a call found out. */
    public Optional<String> rtorrentVersion() {
        return Optional.ofNullable(dialect).map(Dialect::version);
    }

    @Override
    public Snapshot send(Request request) {
        try {
            Dialect spoken = dialect();
            Snapshot answer = sendAll(request, spoken);
            noticeAnotherRun(request, answer, spoken);
            return answer;
        } catch (TorrentClientException e) {
            if (e.failure() instanceof ClientFailure.Unreachable
                    || e.failure() instanceof ClientFailure.TimedOut
                    || e.failure() instanceof ClientFailure.ProtocolError) {
                // rTorrent may have gone away and come back as another version: ask again. A
                // fault or a refused size means it answered, so what it speaks is still known.
                dialect = null;
            }
            throw e;
        }
    }

    /**
     * An rTorrent restarted between two calls (an upgrade from 0.9.8 to 0.16, say) answers the
     * codec it was spoken to without any failure, so the failure rule above never asks again. Any
     * request that reads the version (the mirror's every poll does) tells: another version means
     * another run, and the next call asks what it speaks. No call is added for this.
     */
    private void noticeAnotherRun(Request request, Snapshot answer, Dialect spoken) {
        if (spoken.version().equals(Dialect.UNKNOWN_VERSION)) {
            return;
        }
        for (int i = 0; i < request.steps().size(); i++) {
            if (request.steps().get(i) instanceof ClientQuery query
                    && query.columns().fields().contains(ClientFields.CLIENT_VERSION)
                    && answer.outcomes().get(i) instanceof Outcome.Success<?> success
                    && success.value() instanceof Row row
                    && !spoken.version().equals(row.get(ClientFields.CLIENT_VERSION))
                    && dialect == spoken) {
                dialect = null;
            }
        }
    }

    private Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            known = probe.detect(transport);
            dialect = known;
        }
        return known;
    }

    private Snapshot sendAll(Request request, Dialect dialect) {
        List<PlannedStep> planned =
                request.steps().stream().map(StepPlanner::plan).toList();
        Outcome<?>[] outcomes = new Outcome<?>[planned.size()];
        for (RequestSplitter.Chunk chunk : splitter.split(planned)) {
            if (chunk.tooLarge()) {
                int step = chunk.steps().get(0);
                outcomes[step] = new Outcome.Failure<>(new ClientFailure.TooLarge(
                        "step " + (step + 1) + " (" + describe(request, step) + ")", chunk.bytes(), maxRequestBytes));
            } else {
                sendChunk(dialect.codec(), planned, chunk.steps(), outcomes);
            }
        }
        return new Snapshot(Arrays.asList(outcomes));
    }

    /**
     * Asks rTorrent to save its session and exit (system.shutdown.normal). Only for the instance
     * pyroTorrent manages itself: no request from the web or the API can reach this.
     */
    public void requestShutdown() {
        xml.call(transport, "system.shutdown.normal", "");
    }

    private void sendChunk(RpcCodec preferred, List<PlannedStep> planned, List<Integer> steps, Outcome<?>[] outcomes) {
        List<Call> calls =
                steps.stream().flatMap(i -> planned.get(i).calls().stream()).toList();
        // rTorrent reads both encodings on one socket, so a call JSON cannot carry goes as XML.
        RpcCodec codec = calls.stream().allMatch(preferred::carries) ? preferred : xml;
        Object[] results = exchange.call(
                transport,
                codec.contentType(),
                codec.encodeBatch(calls),
                body -> codec.decodeBatch(body, calls.size()));
        int offset = 0;
        for (int step : steps) {
            PlannedStep plannedStep = planned.get(step);
            int count = plannedStep.calls().size();
            outcomes[step] = plannedStep.decoder().apply(Arrays.asList(results).subList(offset, offset + count));
            offset += count;
        }
    }

    private long encodedSize(PlannedStep step) {
        return xml.encodeBatch(step.calls()).length - emptyMulticall;
    }

    private static String describe(Request request, int step) {
        String text = request.steps().get(step).toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    @Override
    public String toString() {
        return "RtorrentClient[" + url + "]";
    }
}
