package io.pyrotorrent.domain.model.webhook;

import java.util.Objects;

/** What a hook's deliveries did since the server started. */
public record WebhookStatus(long delivered, long failed, long retries, String last) {

    public static final WebhookStatus NEW = new WebhookStatus(0, 0, 0, "nothing sent yet");

    public WebhookStatus {
        Objects.requireNonNull(last, "last");
    }
}
