package io.pyrotorrent.adapter.rtorrent;

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
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rTorrent adapter's entry: a {@link TorrentClient} speaking XML-RPC to one rTorrent
 * instance. A whole request becomes ONE system.multicall (d.multicall2 and friends inside it),
 * so a page costs one round trip however much it shows. The URL picks the transport:
 * {@code scgi://host:port}, {@code scgi:///path/to.sock} or {@code http(s)://host:port/RPC2}.
 *
 * <p>Behind it, one package per job: {@code plan} turns request steps into rTorrent calls and
 * their results back into outcomes, {@code codec.xmlrpc} writes and reads the XML-RPC bodies,
 * {@code transport} moves the bytes, {@code fault} maps rTorrent's fault codes to failures.
 */
public final class RtorrentClient implements TorrentClient {

    private final URI url;
    private final Transport transport;
    private final XmlRpcCodec codec;
    private final RequestSplitter splitter;
    private final long emptyMulticall;
    private final long maxRequestBytes;

    private RtorrentClient(URI url, Transport transport, TransportSettings settings, RoundTripListener listener) {
        this.url = url;
        this.transport = transport;
        this.codec = new XmlRpcCodec(settings, listener);
        this.maxRequestBytes = settings.maxRequestBytes();
        this.emptyMulticall = codec.encode("system.multicall", (Object) new Object[0]).length;
        this.splitter = new RequestSplitter(settings.maxRequestBytes(), this::encodedSize);
    }

    /** A client for the rTorrent at {@code url}; nothing is sent until the first request. */
    public static RtorrentClient connect(URI url, TransportSettings settings, RoundTripListener listener) {
        Objects.requireNonNull(listener, "listener");
        return new RtorrentClient(url, Transports.forUrl(url, settings), settings, listener);
    }

    public static RtorrentClient connect(URI url, TransportSettings settings) {
        return connect(url, settings, RoundTripListener.NONE);
    }

    /** Package-private: tests run the client over a transport of their own. */
    static RtorrentClient over(Transport transport, TransportSettings settings, RoundTripListener listener) {
        return new RtorrentClient(URI.create("test:transport"), transport, settings, listener);
    }

    @Override
    public Snapshot send(Request request) {
        List<PlannedStep> planned =
                request.steps().stream().map(StepPlanner::plan).toList();
        Outcome<?>[] outcomes = new Outcome<?>[planned.size()];
        for (RequestSplitter.Chunk chunk : splitter.split(planned)) {
            if (chunk.tooLarge()) {
                int step = chunk.steps().get(0);
                outcomes[step] = new Outcome.Failure<>(new ClientFailure.TooLarge(
                        "step " + (step + 1) + " (" + describe(request, step) + ")", chunk.bytes(), maxRequestBytes));
            } else {
                sendChunk(planned, chunk.steps(), outcomes);
            }
        }
        return new Snapshot(Arrays.asList(outcomes));
    }

    /**
     * Asks rTorrent to save its session and exit (system.shutdown.normal). Only for the instance
     * pyroTorrent manages itself: no request from the web or the API can reach this.
     */
    public void requestShutdown() {
        codec.call(transport, "system.shutdown.normal", "");
    }

    private void sendChunk(List<PlannedStep> planned, List<Integer> steps, Outcome<?>[] outcomes) {
        int calls = steps.stream().mapToInt(i -> planned.get(i).calls().size()).sum();
        Object[] entries = new Object[calls];
        int next = 0;
        for (int step : steps) {
            for (Call call : planned.get(step).calls()) {
                entries[next++] = call.asMulticallEntry();
            }
        }
        Object reply = codec.call(transport, "system.multicall", (Object) entries);
        if (!(reply instanceof Object[] results) || results.length != calls) {
            throw new TorrentClientException(new ClientFailure.ProtocolError(
                    "system.multicall answered " + describeReply(reply) + " for " + calls + " calls"));
        }
        int offset = 0;
        for (int step : steps) {
            PlannedStep plannedStep = planned.get(step);
            int count = plannedStep.calls().size();
            outcomes[step] = plannedStep.decoder().apply(Arrays.asList(results).subList(offset, offset + count));
            offset += count;
        }
    }

    private long encodedSize(PlannedStep step) {
        Object[] entries = step.calls().stream().map(Call::asMulticallEntry).toArray();
        return codec.encode("system.multicall", (Object) entries).length - emptyMulticall;
    }

    private static String describe(Request request, int step) {
        String text = request.steps().get(step).toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String describeReply(Object reply) {
        return reply instanceof Object[] array ? array.length + " results" : String.valueOf(reply);
    }

    @Override
    public String toString() {
        return "RtorrentClient[" + url + "]";
    }
}
