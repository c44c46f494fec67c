package io.pyrotorrent.it.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mirror's polls of one target by what they read of the main view, and the live round trips
 * beside them, from pyroTorrent's /metrics: what a CPU window's rTorrent seconds were spent on
 * (each kind's cost per call is in it-tests/bin/rtorrent-read-costs' table).
 */
record MirrorReads(Map<String, Double> counts) {

    private static final Pattern READS = Pattern.compile(
            "^pyrotorrent_mirror_reads_total\\{kind=\"([a-z_]+)\",target=\"([^\"]+)\"} ([0-9.eE+]+)$",
            Pattern.MULTILINE);
    private static final Pattern LIVE = Pattern.compile(
            "^pyrotorrent_rtorrent_requests_total\\{[^}]*target=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);

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
        return new MirrorReads(counts);
    }

    /** "membership 8, none 20, ..." for what happened between {@code before} and this. */
    String since(MirrorReads before) {
        return counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.counts.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + Math.round(e.getValue()))
                .collect(Collectors.collectingAndThen(
                        Collectors.joining(", "), text -> text.isEmpty() ? "(no poll asked rTorrent)" : text));
    }
}
