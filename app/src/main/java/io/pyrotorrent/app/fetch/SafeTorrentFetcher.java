package io.pyrotorrent.app.fetch;

import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches .torrent files for users without letting them aim the server at its own network:
 * http/https only, every address of the host checked against the policy before connecting, at
 * most {@link #MAX_REDIRECTS} redirects (each checked the same way), a size cap and deadlines:
 * one per fetch (headers, body and redirects together) and one per request for all its fetches.
 */
public final class SafeTorrentFetcher implements TorrentFileFetcher {

    static final int MAX_REDIRECTS = 3;

    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final long maxBytes;
    private final Duration perFetch;
    private final Duration perRequest;
    private final HttpClient http;

    /** One fetch at a time: a request's fetches together get the same time as one. */
    public SafeTorrentFetcher(AddressPolicy policy, long maxBytes, Duration timeout) {
        this(policy, maxBytes, timeout, timeout);
    }

    public SafeTorrentFetcher(AddressPolicy policy, long maxBytes, Duration perFetch, Duration perRequest) {
        this(policy, HostResolver.SYSTEM, maxBytes, perFetch, perRequest);
    }

    SafeTorrentFetcher(AddressPolicy policy, HostResolver resolver, long maxBytes, Duration timeout) {
        this(policy, resolver, maxBytes, timeout, timeout);
    }

    SafeTorrentFetcher(
            AddressPolicy policy, HostResolver resolver, long maxBytes, Duration perFetch, Duration perRequest) {
        this.policy = policy;
        this.resolver = resolver;
        this.maxBytes = maxBytes;
        this.perFetch = perFetch;
        this.perRequest = perRequest;
        // Redirects are followed by hand, so each hop is checked before it is contacted.
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(perFetch)
                .build();
    }

    /** A fetch on its own: its own deadline only. */
    @Override
    public byte[] fetch(URI url) {
        return fetch(url, FetchDeadline.forFetch(perFetch));
    }

    /** Every fetch through the answer shares one deadline: up to 100 slow URLs cannot add up. */
    @Override
    public TorrentFileFetcher forOneRequest() {
        FetchDeadline request = FetchDeadline.forRequest(perRequest);
        return url -> fetch(url, request);
    }

    private byte[] fetch(URI url, FetchDeadline outer) {
        FetchDeadline deadline = FetchDeadline.forFetch(perFetch).earlier(outer);
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(current);
            HttpResponse<byte[]> response = send(current, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                String location = response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> refused("a redirect without a Location from " + url));
                current = current.resolve(location);
                continue;
            }
            if (status != 200) {
                throw refused(current + " answered HTTP " + status);
            }
            return response.body();
        }
        throw refused(url + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("only http and https URLs are fetched, not '" + url + "'");
        }
        for (InetAddress address : addresses(url)) {
            var refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw refused(url.getHost() + " is " + address.getHostAddress() + ", in " + refusal.get()
                        + ": never fetched from a loopback, private, link-local or multicast address"
                        + " or any other special-purpose range");
            }
        }
    }

    private InetAddress[] addresses(URI url) {
        var literal = UrlHost.literal(url);
        if (literal.isPresent()) {
            return new InetAddress[] {literal.get()};
        }
        try {
            return resolver.resolve(url.getHost());
        } catch (UnknownHostException e) {
            throw refused("unknown host " + url.getHost());
        }
    }

    /** Headers and body under one deadline; only a 200's body is read, up to the cap. */
    private HttpResponse<byte[]> send(URI url, FetchDeadline deadline) {
        Duration left = deadline.remaining(url);
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(
                HttpRequest.newBuilder(url).timeout(left).GET().build(),
                head -> head.statusCode() == 200 ? ResponseBodies.capped(maxBytes) : ResponseBodies.dropped());
        try {
            return response.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw deadline.expired(url);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw refused("interrupted while fetching " + url);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (causedBy(e, ResponseBodies.TooLarge.class)) {
                throw refused(url + " is larger than " + maxBytes + " bytes; not a .torrent file");
            }
            if (causedBy(e, HttpTimeoutException.class)) {
                throw deadline.expired(url);
            }
            // A refused connection carries no message, only its type: say that rather than "null".
            String why = cause == null ? e.getMessage() : cause.getMessage();
            throw refused("could not fetch " + url + ": "
                    + (why == null ? (cause == null ? e : cause).getClass().getSimpleName() : why));
        }
    }

    /** The client may wrap what a body subscriber failed with. */
    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static FetchRefusedException refused(String reason) {
        return new FetchRefusedException(reason);
    }
}
