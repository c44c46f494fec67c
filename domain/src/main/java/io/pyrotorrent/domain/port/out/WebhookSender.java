package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import java.net.URI;
import java.util.Optional;

/** POSTs a message as JSON, under the same address rules as every URL pyroTorrent fetches. */
public interface WebhookSender {

    /** Why the URL would be refused (its host's address range), without connecting to it. */
    Optional<String> refusal(URI url);

    /**
     * One attempt, bounded by the sender's timeout.
     *
     * @throws Failed naming why: refused address, timeout, connection refused, HTTP status
     */
    void send(URI url, WebhookMessage message);

    final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }
    }
}
