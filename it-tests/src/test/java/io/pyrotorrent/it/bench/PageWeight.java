package io.pyrotorrent.it.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** What a first visit to the overview costs in bytes: the page and the assets it links. */
final class PageWeight {

    private final BenchHttp http;

    PageWeight(BenchHttp http) {
        this.http = http;
    }

    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"([^\"]+)\"");

    /** The overview page plus the stylesheet and script it links, gzip as a browser asks. */
    void measure(SizeResult result, String base) throws Exception {
        var page = http.get(base, true, Duration.ofSeconds(60));
        String html = gunzip(page);
        long total = page.body().length;
        long identity = html.getBytes(StandardCharsets.UTF_8).length;
        var assets = new ArrayList<String>();
        Matcher m = ASSET.matcher(html);
        var seen = new HashSet<String>();
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("data:") || href.startsWith("#") || !seen.add(href)) {
                continue;
            }
            var asset = http.get(URI.create(base).resolve(href).toString(), true, Duration.ofSeconds(60));
            total += asset.body().length;
            assets.add(href + " " + asset.body().length + " B"
                    + asset.contentEncoding().map(e -> " " + e).orElse("")
                    + (asset.status() == 200 ? "" : " HTTP " + asset.status()));
        }
        result.notes()
                .put(
                        "overview HTML: bytes on the wire with gzip / uncompressed",
                        String.format(Locale.ROOT, "%,d / %,d", page.body().length, identity));
        result.notes()
                .put(
                        "overview + its assets (first visit, gzip)",
                        String.format(Locale.ROOT, "%,d bytes (%s)", total, String.join(", ", assets)));
    }

    private static String gunzip(BenchHttp.Reply reply) throws IOException {
        if (reply.contentEncoding().filter("gzip"::equals).isEmpty()) {
            return reply.text();
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(reply.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
