package io.pyrotorrent.domain.model.rss;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How a feed's last check went: when, and the error that ended it, if one did. */
public record FeedStatus(Optional<Instant> checkedAt, Optional<String> error, int items) {
    public static final FeedStatus NEVER = new FeedStatus(Optional.empty(), Optional.empty(), 0);

    public FeedStatus {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(error, "error");
    }
}
