package io.pyrotorrent.domain.model.seeding;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.Objects;

/** A torrent a rule acts on now, and which limit it reached ("ratio 2.31 >= 2"). */
public record RuleMatch(InfoHash hash, String name, String reason) {
    public RuleMatch {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
