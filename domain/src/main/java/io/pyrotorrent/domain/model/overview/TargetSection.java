package io.pyrotorrent.domain.model.overview;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Slice;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One instance's part of the overview: its status and torrents, or why they could not be had. */
public sealed interface TargetSection {

    TargetName target();

    /**
     * @param keptFrom present when these are the rows a mirror kept through an idle spell: when
     *     their moving values (rates, bytes done) were read; current ones are on their way
     */
    record Loaded(TargetName target, Row client, Slice torrents, Optional<Instant> keptFrom) implements TargetSection {
        public Loaded {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(torrents, "torrents");
            Objects.requireNonNull(keptFrom, "keptFrom");
        }

        /** Current values. */
        public Loaded(TargetName target, Row client, Slice torrents) {
            this(target, client, torrents, Optional.empty());
        }
    }

    /** A dead, slow or refusing instance shows this in its own section; the others still render. */
    record Failed(TargetName target, ClientFailure failure) implements TargetSection {
        public Failed {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(failure, "failure");
        }
    }
}
