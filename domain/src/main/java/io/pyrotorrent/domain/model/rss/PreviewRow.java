package io.pyrotorrent.domain.model.rss;

import java.util.Objects;

/** One current item of a feed and what the rule (or the saved rules) would do with it. */
public record PreviewRow(FeedItem item, Verdict verdict) {
    public PreviewRow {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(verdict, "verdict");
    }
}
