package io.pyrotorrent.app.fetch;

import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches .torrent files for users without letting them aim the server at its own network:
 * http/https only, every address of the host checked against the policy before connecting, at
 * most {@link #MAX_REDIRECTS} redirects (each checked the same way), a size cap and a deadline.
 */
public final class SafeTorrentFetcher implements TorrentFileFetcher {

    static final int MAX_REDIRECTS = 3;

    private final AddressPolicy policy;
    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient http;

    public SafeTorrentFetcher(AddressPolicy policy, long maxBytes, Duration timeout) {
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        // Redirects are followed by hand, so each hop is checked before it is contacted.
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    @Override
    public byte[] fetch(URI url) {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(current);
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                String location = response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> refused("a redirect without a Location from " + url));
                close(response);
                current = current.resolve(location);
                continue;
            }
            if (status != 200) {
                close(response);
                throw refused(current + " answered HTTP " + status);
            }
            return read(response, current);
        }
        throw refused(url + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("only http and https URLs are fetched, not '" + url + "'");
        }
        if (url.getHost() == null) {
            throw refused("'" + url + "' has no host");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                var refusal = policy.refusal(address);
                if (refusal.isPresent()) {
                    throw refused(url.getHost() + " is " + address.getHostAddress() + ", in " + refusal.get()
                            + ": never fetched from a loopback, private, link-local or multicast address"
                            + " or any other special-purpose range");
                }
            }
        } catch (UnknownHostException e) {
            throw refused("unknown host " + url.getHost());
        }
    }

    private HttpResponse<InputStream> send(URI url) {
        try {
            return http.send(
                    HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw refused("could not fetch " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("interrupted while fetching " + url);
        }
    }

    private byte[] read(HttpResponse<InputStream> response, URI url) {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw refused(url + " is larger than " + maxBytes + " bytes; not a .torrent file");
            }
            return bytes;
        } catch (IOException e) {
            throw refused("could not read " + url + ": " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Nothing more to read from a response we are leaving anyway.
        }
    }

    private static FetchRefusedException refused(String reason) {
        return new FetchRefusedException(reason);
    }
}
