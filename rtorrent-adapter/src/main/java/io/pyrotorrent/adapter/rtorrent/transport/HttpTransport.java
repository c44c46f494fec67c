package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.transport.Transports.protocolError;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * XML-RPC or JSON-RPC over HTTP POST, for an rTorrent behind a web server's SCGI mount (nginx
 * {@code scgi_pass}, lighttpd {@code mod_scgi}, Apache {@code SCGIMount}). HTTPS uses the JDK's
 * default trust store.
 *
 * <p>The whole-call deadline ({@code readTimeout}) runs from the start of the call, connection
 * included, to the last byte of the body; the body is collected by a subscriber that refuses it
 * as soon as it passes {@code maxResponseBytes}, so nothing unbounded is ever buffered.
 */
final class HttpTransport implements Transport {

    private final URI url;
    private final TransportSettings settings;
    private final HttpClient client;

    HttpTransport(URI url, TransportSettings settings) {
        this.url = url;
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public byte[] exchange(byte[] requestBody, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody))
                .build();
        long started = System.nanoTime();
        AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> {
            body.set(new BoundedBodySubscriber(info, settings.maxResponseBytes(), url.toString()));
            return body.get();
        });
        try {
            HttpResponse<byte[]> response = pending.get(settings.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
            if (response.statusCode() / 100 != 2) {
                throw protocolError("HTTP status " + response.statusCode() + " from " + url);
            }
            return response.body();
        } catch (TimeoutException e) {
            throw abandon(pending, body.get(), settings.readTimeout());
        } catch (InterruptedException e) {
            // gives up at once, as a TimedOut after the time spent so far, keeping the interrupt
            Thread.currentThread().interrupt();
            throw abandon(pending, body.get(), Duration.ofNanos(System.nanoTime() - started));
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** Gives up on a call past its deadline, closing the connection rather than draining it. */
    private TorrentClientException abandon(CompletableFuture<?> pending, BoundedBodySubscriber body, Duration after) {
        TorrentClientException timedOut = timedOut(after);
        pending.cancel(true);
        if (body != null) {
            body.abort(timedOut);
        }
        return timedOut;
    }

    /** Finds the most telling reason in the cause chain the HTTP client reports. */
    private TorrentClientException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TorrentClientException known) {
                return known;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return timedOut(settings.connectTimeout());
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(settings.readTimeout());
            }
            if (t instanceof UnresolvedAddressException) {
                return unreachable(url + ": unknown host", cause);
            }
            if (t instanceof ConnectException && !(t.getCause() instanceof UnresolvedAddressException)) {
                return unreachable(url + ": " + t.getMessage(), cause);
            }
        }
        return new TorrentClientException(
                new ClientFailure.ProtocolError("truncated or broken reply from " + url + ": " + cause.getMessage()),
                cause);
    }

    private static TorrentClientException unreachable(String detail, Throwable cause) {
        return new TorrentClientException(new ClientFailure.Unreachable(detail), cause);
    }

    private TorrentClientException timedOut(Duration after) {
        return new TorrentClientException(new ClientFailure.TimedOut(after));
    }

    @Override
    public String toString() {
        return "HTTP " + url;
    }
}
