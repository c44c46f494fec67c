package io.pyrotorrent.domain.model.overview;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Slice;
import java.util.Objects;

/** One instance's part of the overview: its status and torrents, or why they could not be had. */
public sealed interface TargetSection {

    TargetName target();

    record Loaded(TargetName target, Row client, Slice torrents) implements TargetSection {
        public Loaded {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(torrents, "torrents");
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
