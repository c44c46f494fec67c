package io.pyrotorrent.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.domain.mirror.MainRead;
import io.pyrotorrent.domain.mirror.ServedReads;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * What pyroTorrent counts, in Prometheus text format: HTTP requests by route, method and status;
 * rTorrent round trips, latency, errors and bytes per target. Other tools read
 * {@code pyrotorrent_rtorrent_requests_total{target="..."}}, so its name is fixed.
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<Object> counterStates = new CopyOnWriteArrayList<>();
    private final Map<String, Supplier<Optional<Speaks>>> speaking = new ConcurrentHashMap<>();
    private final MultiGauge info = MultiGauge.builder("pyrotorrent.rtorrent.info")
            .description("1 per target, tagged with the codec pyroTorrent speaks to it and the rTorrent version")
            .register(registry);

    private final MultiGauge diskFree = MultiGauge.builder("pyrotorrent.disk.free")
            .baseUnit("bytes")
            .description("free bytes where each target downloads to, where pyroTorrent can see it")
            .register(registry);
    private final MultiGauge diskTotal = MultiGauge.builder("pyrotorrent.disk.total")
            .baseUnit("bytes")
            .description("size of the file system each target downloads to")
            .register(registry);
    private final MultiGauge diskLow = MultiGauge.builder("pyrotorrent.disk.low")
            .description("1 while a target's free space is below disk.lowSpaceWarning, else 0")
            .register(registry);
    private volatile Supplier<List<TargetDisk>> disks = List::of;

    /** The codec ({@code xmlrpc}, {@code jsonrpc}) and rTorrent version one target uses now. */
    public record Speaks(String rpc, String version) {}

    /** The listener to give the rTorrent client of one target. */
    public RoundTripListener rtorrent(String target) {
        Counter requests = Counter.builder("pyrotorrent.rtorrent.requests")
                .tag("target", target)
                .description("XML-RPC round trips to rTorrent")
                .register(registry);
        Timer latency = Timer.builder("pyrotorrent.rtorrent.latency")
                .tag("target", target)
                .description("time of a round trip to rTorrent")
                .register(registry);
        Counter sent = Counter.builder("pyrotorrent.rtorrent.bytes.sent")
                .tag("target", target)
                .baseUnit("bytes")
                .register(registry);
        Counter received = Counter.builder("pyrotorrent.rtorrent.bytes.received")
                .tag("target", target)
                .baseUnit("bytes")
                .register(registry);
        return roundTrip -> {
            requests.increment();
            latency.record(roundTrip.elapsed());
            sent.increment(roundTrip.bytesSent());
            received.increment(roundTrip.bytesReceived());
            roundTrip
                    .failure()
                    .ifPresent(failure -> Counter.builder("pyrotorrent.rtorrent.errors")
                            .tag("target", target)
                            .tag("reason", reason(failure))
                            .register(registry)
                            .increment());
        };
    }

    /** Shows {@code pyrotorrent_rtorrent_info{target, rpc, version} 1} once the target answered. */
    public void speaks(String target, Supplier<Optional<Speaks>> now) {
        speaking.put(target, now);
    }

    /**
     * Every target's disk space, asked at each scrape (cheap: measurements are shared for a few
     * seconds). A target whose files pyroTorrent cannot see has no series.
     */
    public void disks(Supplier<List<TargetDisk>> now) {
        this.disks = now;
    }

    /**
     * The listener for a target's mirror: its polls are counted apart from the round trips made
     * for requests, so {@code pyrotorrent_rtorrent_requests_total} still says what readers and
     * commands cost, and rTorrent's whole load is the sum of the two.
     */
    public RoundTripListener mirror(String target) {
        Counter polls = Counter.builder("pyrotorrent.mirror.polls")
                .tag("target", target)
                .description("round trips of the live mirror's polls to rTorrent")
                .register(registry);
        Timer latency = Timer.builder("pyrotorrent.mirror.poll.latency")
                .tag("target", target)
                .description("time of one mirror poll")
                .register(registry);
        return roundTrip -> {
            polls.increment();
            latency.record(roundTrip.elapsed());
        };
    }

    /**
     * A target's mirror polls by what they read of the main view ({@code kind}: none, state,
     * chunk, membership...): with each kind's cost in RTORRENT.md, where its cost to rTorrent goes.
     */
    public void mirrorReads(String target, ToLongFunction<MainRead> reads) {
        counterStates.add(reads); // kept here for the same reason as in coalescing
        for (MainRead kind : MainRead.values()) {
            FunctionCounter.builder("pyrotorrent.mirror.reads", reads, r -> r.applyAsLong(kind))
                    .tag("target", target)
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("mirror polls by what they read of the main view")
                    .register(registry);
        }
    }

    /**
     * Torrents a target's mirror read one by one, by hash (new ones, ones that stopped
     * transferring): rTorrent 0.9.8 walks its whole download list for each value read that way, so
     * at 20,000 torrents these can cost it more than the polls' list reads.
     */
    public void mirrorRowsByHash(String target, LongSupplier rows) {
        counterStates.add(rows);
        FunctionCounter.builder("pyrotorrent.mirror.rows.by.hash", rows, LongSupplier::getAsLong)
                .tag("target", target)
                .description("torrents the mirror read one by one, by hash")
                .register(registry);
    }

    /**
     * 1 while a target's mirror rests (nobody watched for a minute: polling stopped, rTorrent pays
     * nothing), 0 while it polls.
     */
    public void mirrorResting(String target, BooleanSupplier resting) {
        counterStates.add(resting);
        Gauge.builder("pyrotorrent.mirror.resting", resting, r -> r.getAsBoolean() ? 1 : 0)
                .tag("target", target)
                .description("1 while the mirror rests (nobody watching: no polls), 0 while it polls")
                .register(registry);
    }

    /**
     * How a mirrored target's reads were served ({@code how}: fresh, after_poll, late, kept,
     * live) and how long readers waited for polls in all: a page that took long on a
     * busy rTorrent shows here as waits for polls held up behind other clients' calls.
     */
    public void mirrorServed(String target, ServedReads served) {
        counterStates.add(served);
        for (ServedReads.How how : ServedReads.How.values()) {
            FunctionCounter.builder("pyrotorrent.mirror.served", served, s -> s.count(how))
                    .tag("target", target)
                    .tag("how", how.name().toLowerCase(Locale.ROOT))
                    .description("reads the mirror could answer, by how they were served")
                    .register(registry);
        }
        FunctionCounter.builder("pyrotorrent.mirror.read.wait", served, ServedReads::waitedSeconds)
                .tag("target", target)
                .baseUnit("seconds")
                .description("time readers spent waiting for the mirror's polls, in all")
                .register(registry);
    }

    /** Reads a target's coalescing decorator answered without a call of their own. */
    public void coalescing(String target, LongSupplier hits) {
        // Micrometer keeps a function counter's state weakly; this supplier lives nowhere else, so
        // without the reference kept here it is collected and the counter silently reads 0.
        counterStates.add(hits);
        FunctionCounter.builder("pyrotorrent.coalescing.hits", hits, h -> h.getAsLong())
                .tag("target", target)
                .description("reads served by a call in flight or a result a few hundred ms old")
                .register(registry);
    }

    /** Records one HTTP request; route is the matched path template, so URLs do not explode tags. */
    public void http(String route, String method, int status, Duration elapsed) {
        Timer.builder("pyrotorrent.http.requests")
                .tag("route", route)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(elapsed);
    }

    /** The Prometheus exposition text. */
    public String scrape() {
        refreshInfo();
        refreshDisks();
        return registry.scrape();
    }

    /** The text with only the visible targets' series, and every series that names no target. */
    public String scrape(Predicate<String> visibleTarget) {
        refreshInfo();
        refreshDisks();
        return TargetSeries.filter(registry.scrape(), visibleTarget);
    }

    /** The codec and version change with a reconnect, so the rows are rebuilt at each scrape. */
    private void refreshInfo() {
        info.register(
                speaking.entrySet().stream()
                        .flatMap(target -> target.getValue().get().stream()
                                .map(speaks -> MultiGauge.Row.of(
                                        Tags.of(
                                                "target",
                                                target.getKey(),
                                                "rpc",
                                                speaks.rpc(),
                                                "version",
                                                speaks.version()),
                                        1)))
                        .toList(),
                true);
    }

    private void refreshDisks() {
        List<TargetDisk> measured =
                disks.get().stream().filter(d -> d.usage().isPresent()).toList();
        diskFree.register(rows(measured, d -> d.usage().orElseThrow().freeBytes()), true);
        diskTotal.register(rows(measured, d -> d.usage().orElseThrow().totalBytes()), true);
        diskLow.register(rows(measured, d -> d.low() ? 1 : 0), true);
    }

    private static List<MultiGauge.Row<?>> rows(List<TargetDisk> disks, ToDoubleFunction<TargetDisk> value) {
        return disks.stream()
                .<MultiGauge.Row<?>>map(
                        d -> MultiGauge.Row.of(Tags.of("target", d.target().value()), value.applyAsDouble(d)))
                .toList();
    }

    private static String reason(ClientFailure failure) {
        return switch (failure.getClass().getSimpleName()) {
            case "Unreachable" -> "unreachable";
            case "TimedOut" -> "timed_out";
            // An unknown torrent is still rTorrent's fault answer, counted as before it had its own type.
            case "Rejected", "NotFound" -> "fault";
            case "TooLarge" -> "too_large";
            default -> "protocol";
        };
    }
}
