package io.pyrotorrent.domain.model.rss;

import io.pyrotorrent.domain.model.TargetName;
import java.util.Objects;

/** A configured feed of one target, with the id the store gave it. */
public record Feed(long id, TargetName target, FeedSpec spec) {
    public Feed {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(spec, "spec");
    }
}
