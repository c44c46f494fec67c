package io.pyrotorrent.domain.model.webhook;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One event as a webhook receives it: what, where, when, which torrent, and a line of detail. */
public record WebhookMessage(
        WebhookEvent event, TargetName target, Instant at, Optional<InfoHash> hash, String name, String detail) {
    public WebhookMessage {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }
}
