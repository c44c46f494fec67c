package io.pyrotorrent.app.fetch;

import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import io.pyrotorrent.domain.port.out.WebhookSender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Webhook POSTs under the same address policy as adding by URL and RSS (the public internet plus
 * {@code rss.allowPrivate}): every address of the host is checked before connecting, no redirect
 * is followed (a 3xx to 169.254.169.254 would otherwise carry the event there), and the answer's
 * body is never read.
 */
public final class HttpWebhookSender implements WebhookSender {

    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final Duration timeout;
    private final HttpClient http;

    public HttpWebhookSender(AddressPolicy policy, Duration timeout) {
        this(policy, HostResolver.SYSTEM, timeout);
    }

    HttpWebhookSender(AddressPolicy policy, HostResolver resolver, Duration timeout) {
        this.policy = policy;
        this.resolver = resolver;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    @Override
    public Optional<String> refusal(URI url) {
        InetAddress[] addresses;
        try {
            addresses = UrlHost.literal(url).map(a -> new InetAddress[] {a}).orElse(null);
            if (addresses == null) {
                addresses = resolver.resolve(url.getHost());
            }
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + url.getHost());
        } catch (TorrentFileFetcher.FetchRefusedException e) {
            return Optional.of(e.getMessage()); // not a valid host
        }
        for (InetAddress address : addresses) {
            var refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                return Optional.of(url.getHost() + " is " + address.getHostAddress() + ", in " + refusal.get()
                        + ": webhooks go to the public internet and the ranges in rss.allowPrivate only");
            }
        }
        return Optional.empty();
    }

    @Override
    public void send(URI url, WebhookMessage message) {
        // Checked at each send, not only at save: the name may point elsewhere by now.
        refusal(url).ifPresent(why -> {
            throw new Failed(why);
        });
        var request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "pyroTorrent webhook")
                .POST(HttpRequest.BodyPublishers.ofString(WebhookJson.of(message), StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new Failed("no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new Failed("could not reach " + url.getHost() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new Failed("HTTP " + response.statusCode());
        }
    }
}
