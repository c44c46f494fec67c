package io.pyrotorrent.domain.model.rss;

import java.util.Objects;

/** A saved rule of one feed. Rules are tried in id order; the first that takes an item adds it. */
public record Rule(long id, long feedId, RuleSpec spec) {
    public Rule {
        Objects.requireNonNull(spec, "spec");
    }
}
