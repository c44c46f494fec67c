package io.pyrotorrent.domain.model.webhook;

import java.util.Objects;

/** A hook as a user sees it: its settings and what its deliveries did. */
public record WebhookView(Webhook hook, WebhookStatus status) {
    public WebhookView {
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(status, "status");
    }
}
