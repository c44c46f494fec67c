package io.pyrotorrent.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP on loopback, timed from handing the request over to the last body byte. Bodies are kept as
 * received: with {@code gzip} the byte count is what went over the wire, as a browser gets it.
 */
final class BenchHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Reply(int status, byte[] body, double millis, Optional<String> contentEncoding) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Reply get(String url, boolean gzip, Duration timeout) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return send(request.build());
    }

    Reply postForm(String url, String field, String value, Duration timeout) throws IOException, InterruptedException {
        String form = field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - started) / 1e6;
        return new Reply(
                response.statusCode(),
                response.body(),
                millis,
                response.headers().firstValue("Content-Encoding"));
    }

    private static final Pattern REQUESTS = Pattern.compile(
            "^pyrotorrent_rtorrent_requests_total\\{target=\"([^\"]+)\"[^}]*}\\s+([0-9.eE+]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern HITS = Pattern.compile(
            "^pyrotorrent_coalescing_hits_total\\{target=\"([^\"]+)\"[^}]*}\\s+([0-9.eE+]+|NaN)\\s*$",
            Pattern.MULTILINE);

    /** pyrotorrent_rtorrent_requests_total for the target: calls that went to rTorrent. */
    long rtorrentRequests(String base, String target) throws IOException, InterruptedException {
        return counter(base, REQUESTS, target);
    }

    /**
     * pyrotorrent_coalescing_hits_total: reads answered without a call of their own; -1 if absent
     * or NaN (Micrometer shows NaN once the object a FunctionCounter watches is garbage-collected).
     */
    long coalescingHits(String base, String target) throws IOException, InterruptedException {
        try {
            return counter(base, HITS, target);
        } catch (IllegalStateException absent) {
            return -1;
        }
    }

    private long counter(String base, Pattern pattern, String target) throws IOException, InterruptedException {
        String text = get(base + "metrics", false, Duration.ofSeconds(10)).text();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(target)) {
                double value = Double.parseDouble(m.group(2));
                if (Double.isNaN(value)) {
                    throw new IllegalStateException(target + " reads NaN");
                }
                return (long) value;
            }
        }
        throw new IllegalStateException(pattern.pattern() + " for " + target + " not in /metrics");
    }
}
