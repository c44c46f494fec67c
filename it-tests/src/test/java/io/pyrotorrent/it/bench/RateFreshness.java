package io.pyrotorrent.it.bench;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.it.support.ScgiProbe;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * How old a rate on the page is: rTorrent's own d.down.rate of one transferring torrent, sampled
 * every 200 ms straight over SCGI and formatted as the page formats it (web-adapter's Units), is
 * set beside the text the page shows every 500 ms. A page reading's age is the time since the
 * newest rTorrent sample with the same text: the page cannot show a value before rTorrent had it.
 */
final class RateFreshness {

    private RateFreshness() {}

    private record Sample(long nanos, String text) {}

    private static final Pattern I8 = Pattern.compile("<i[48]>(-?[0-9]+)</i[48]>");

    /** The started torrent downloading fastest right now (hash, name), or the fallback. */
    static String[] fastest(SocketAddress scgi, String[] fallback) {
        try {
            String reply = ScgiProbe.call(
                    scgi,
                    "<?xml version=\"1.0\"?><methodCall><methodName>d.multicall2</methodName><params>"
                            + "<param><value><string></string></value></param><param><value><string>started</string>"
                            + "</value></param><param><value><string>d.hash=</string></value></param><param><value>"
                            + "<string>d.name=</string></value></param><param><value><string>d.down.rate=</string>"
                            + "</value></param></params></methodCall>",
                    Duration.ofSeconds(30));
            var m = Pattern.compile("<string>([0-9A-F]{40})</string></value>\\s*<value><string>([^<]*)</string>"
                            + "</value>\\s*<value><i8>([0-9]+)</i8>")
                    .matcher(reply);
            String[] best = fallback;
            long bestRate = -1;
            while (m.find()) {
                long rate = Long.parseLong(m.group(3));
                if (rate > bestRate) {
                    bestRate = rate;
                    best = new String[] {m.group(1), m.group(2)};
                }
            }
            return best;
        } catch (Exception e) {
            return fallback;
        }
    }

    static String measure(
            BenchBrowser browser, String base, SocketAddress scgi, InfoHash hash, String name, int seconds)
            throws Exception {
        var samples = new ConcurrentLinkedDeque<Sample>();
        String call = "<?xml version=\"1.0\"?><methodCall><methodName>d.down.rate</methodName><params><param><value>"
                + "<string>" + hash.hex() + "</string></value></param></params></methodCall>";
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    try {
                        var m = I8.matcher(ScgiProbe.call(scgi, call, Duration.ofSeconds(5)));
                        if (m.find()) {
                            samples.add(new Sample(System.nanoTime(), rate(Long.parseLong(m.group(1)))));
                        }
                    } catch (Exception e) {
                        // A missed sample only makes the ages below look older.
                    }
                },
                0,
                200,
                TimeUnit.MILLISECONDS);
        var ages = new Samples();
        int unmatched = 0;
        int readings = 0;
        var seen = new ArrayList<String>();
        try {
            browser.driver().get(base + "view/main?q=" + name);
            Pacing.sleep(3000); // the page settles and the sampler has a history to match against
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            while (System.nanoTime() < end) {
                Object text = browser.driver()
                        .executeScript("const c = document.querySelector('tr[data-hash=\""
                                + hash.hex().toUpperCase(Locale.ROOT)
                                + "\"] [data-field=downRate], tr[data-hash=\""
                                + hash.hex().toLowerCase(Locale.ROOT)
                                + "\"] [data-field=downRate]'); return c ? c.textContent.trim() : null;");
                long now = System.nanoTime();
                readings++;
                if (text != null) {
                    if (seen.size() < 8) {
                        seen.add(text.toString());
                    }
                    Double age = age(new ArrayList<>(samples), text.toString(), now);
                    if (age == null) {
                        unmatched++;
                    } else {
                        ages.add(age);
                    }
                } else {
                    unmatched++;
                }
                Pacing.sleep(500);
            }
        } finally {
            sampler.shutdownNow();
        }
        return String.format(
                Locale.ROOT,
                "%d readings of %s's down rate on the page: age median %.0f ms, p95 %.0f ms, max %.0f ms; %d with no"
                        + " matching rTorrent value in the last 10 s (first texts seen: %s)",
                readings,
                name,
                ages.median(),
                ages.p95(),
                ages.max(),
                unmatched,
                seen);
    }

    /** Milliseconds since the newest sample showing {@code text}, or null if none in the last 10 s. */
    private static Double age(List<Sample> samples, String text, long now) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            var s = samples.get(i);
            if (now - s.nanos() > 10_000_000_000L) {
                return null;
            }
            if (s.text().equals(text)) {
                // Still the current value if the next sample differs only later: age is 0 while it holds.
                return i == samples.size() - 1
                        ? 0.0
                        : Math.max(0, (now - samples.get(i + 1).nanos()) / 1e6);
            }
        }
        return null;
    }

    /** The page's format (web-adapter's Units.rate): binary prefixes, three significant digits. */
    static String rate(long bytesPerSecond) {
        String[] prefixes = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        if (bytesPerSecond < 1024) {
            return bytesPerSecond + " B/s";
        }
        double value = bytesPerSecond;
        int prefix = 0;
        while (value >= 1024 && prefix < prefixes.length - 1) {
            value /= 1024;
            prefix++;
        }
        return String.format(
                        Locale.ROOT,
                        value < 10 ? "%.2f %s" : value < 100 ? "%.1f %s" : "%.0f %s",
                        value,
                        prefixes[prefix])
                + "/s";
    }
}
