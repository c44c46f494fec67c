package io.pyrotorrent.it.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mirror's polls of one target by what they read of the main view, the live round trips
 * beside them, and how the mirror served its readers (with their waits for polls), from
 * pyroTorrent's /metrics: what a CPU window's rTorrent seconds were spent on
 * (each kind's cost per call is in it-tests/bin/rtorrent-read-costs' table).
 */
record MirrorReads(Map<String, Double> counts) {

    private static final Pattern READS = Pattern.compile(
            "^pyrotorrent_mirror_reads_total\\{kind=\"([a-z_]+)\",target=\"([^\"]+)\"} ([0-9.eE+]+)$",
            Pattern.MULTILINE);
    private static final Pattern LIVE = Pattern.compile(
            "^pyrotorrent_rtorrent_requests_total\\{[^}]*target=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern WIRE = Pattern.compile(
            "^pyrotorrent_mirror_poll_latency_seconds_sum\\{[^}]*target=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$",
            Pattern.MULTILINE);
    private static final Pattern SERVED = Pattern.compile(
            "^pyrotorrent_mirror_served_total\\{how=\"([a-z_]+)\",target=\"([^\"]+)\"} ([0-9.eE+]+)$",
            Pattern.MULTILINE);
    private static final Pattern BY_HASH = Pattern.compile(
            "^pyrotorrent_mirror_rows_by_hash_total\\{target=\"([^\"]+)\"} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern WAITED = Pattern.compile(
            "^pyrotorrent_mirror_read_wait_seconds_total\\{target=\"([^\"]+)\"} ([0-9.eE+]+)$", Pattern.MULTILINE);
    /** Readers' time waiting for polls (pyroTorrent's pyrotorrent_mirror_read_wait_seconds). */
    static final String WAIT_SECONDS = "seconds readers waited for polls";

    /**
     * The polls' time on the wire, from handing a poll to the transport until its whole reply was
     * read: rTorrent has one thread, so what it spent on them cannot exceed this. Unlike a CPU
     * window, this bound does not move with the transfers and the rest of the machine.
     */
    static final String WIRE_SECONDS = "seconds on the wire";

    static MirrorReads of(BenchHttp http, String base, String target) throws Exception {
        String text = http.get(base + "metrics", false, Duration.ofSeconds(30)).text();
        var counts = new TreeMap<String, Double>();
        var reads = READS.matcher(text);
        while (reads.find()) {
            if (reads.group(2).equals(target)) {
                counts.put(reads.group(1), Double.parseDouble(reads.group(3)));
            }
        }
        var live = LIVE.matcher(text);
        while (live.find()) {
            if (live.group(1).equals(target)) {
                counts.merge("live round trips", Double.parseDouble(live.group(2)), Double::sum);
            }
        }
        var wire = WIRE.matcher(text);
        while (wire.find()) {
            if (wire.group(1).equals(target)) {
                counts.merge(WIRE_SECONDS, Double.parseDouble(wire.group(2)), Double::sum);
            }
        }
        var served = SERVED.matcher(text);
        while (served.find()) {
            if (served.group(2).equals(target)) {
                counts.put("served " + served.group(1), Double.parseDouble(served.group(3)));
            }
        }
        var waited = WAITED.matcher(text);
        while (waited.find()) {
            if (waited.group(1).equals(target)) {
                counts.put(WAIT_SECONDS, Double.parseDouble(waited.group(2)));
            }
        }
        var byHash = BY_HASH.matcher(text);
        while (byHash.find()) {
            if (byHash.group(1).equals(target)) {
                counts.put("torrents read by hash", Double.parseDouble(byHash.group(2)));
            }
        }
        return new MirrorReads(counts);
    }

    /** "membership 8, none 20, ..." for what happened between {@code before} and this. */
    String since(MirrorReads before) {
        return counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.counts.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().equals(WIRE_SECONDS) || e.getKey().equals(WAIT_SECONDS)
                        ? String.format(Locale.ROOT, "%.2f %s", e.getValue(), e.getKey())
                        : e.getKey() + " " + Math.round(e.getValue()))
                .collect(Collectors.collectingAndThen(
                        Collectors.joining(", "), text -> text.isEmpty() ? "(no poll asked rTorrent)" : text));
    }
}
