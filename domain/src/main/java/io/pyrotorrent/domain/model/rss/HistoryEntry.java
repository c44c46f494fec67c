package io.pyrotorrent.domain.model.rss;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest word on one item of one feed: added (by which rule, as which info-hash), skipped
 * and why, failed and why (tried again next check), or pending (loading, not yet confirmed).
 */
public record HistoryEntry(
        long feedId, String guid, String title, ItemState state, String reason, Optional<String> hash, Instant at) {
    public HistoryEntry {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(at, "at");
    }
}
