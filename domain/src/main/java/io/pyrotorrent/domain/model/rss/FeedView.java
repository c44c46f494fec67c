package io.pyrotorrent.domain.model.rss;

import java.util.List;
import java.util.Objects;

/** A feed with its rules and how its last check went: what the feeds page and API list. */
public record FeedView(Feed feed, List<Rule> rules, FeedStatus status) {
    public FeedView {
        Objects.requireNonNull(feed, "feed");
        rules = List.copyOf(rules);
        Objects.requireNonNull(status, "status");
    }
}
