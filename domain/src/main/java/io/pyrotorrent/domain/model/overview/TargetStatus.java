package io.pyrotorrent.domain.model.overview;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.util.Map;
import java.util.Objects;

/** One instance at a glance: its client values and how many torrents are in each state, or why not. */
public sealed interface TargetStatus {

    TargetName target();

    record Reachable(TargetName target, Row client, int torrents, Map<TorrentState, Integer> counts)
            implements TargetStatus {
        public Reachable {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(client, "client");
            counts = Map.copyOf(counts);
        }
    }

    record Unreachable(TargetName target, ClientFailure failure) implements TargetStatus {
        public Unreachable {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(failure, "failure");
        }
    }
}
