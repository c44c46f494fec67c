package io.pyrotorrent.domain.model.job;

import java.util.Objects;

/** How one piece of a job ended: a torrent moved, a torrent created; {@code ok} false says why not. */
public record JobItem(String subject, boolean ok, String message) {
    public JobItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
