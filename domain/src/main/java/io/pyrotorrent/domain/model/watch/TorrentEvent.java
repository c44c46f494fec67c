package io.pyrotorrent.domain.model.watch;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a watcher of one instance hears: a full snapshot first, then only what changed. */
public sealed interface TorrentEvent {

    /** Every torrent of the view with the watched fields, and the instance's rates. */
    record Full(List<Row> torrents, Row client) implements TorrentEvent {
        public Full {
            torrents = List.copyOf(torrents);
            Objects.requireNonNull(client, "client");
        }
    }

    /**
     * Since the last event: changed fields per hash, torrents added and removed, current rates. When
     * any of {@code TorrentState.FIELDS} moved, every watched one of them is there: the derived
     * state needs them all, and so no listener has to keep a copy of every torrent's flags.
     */
    record Changes(Map<InfoHash, Map<Field<?>, Object>> changed, List<Row> added, List<InfoHash> removed, Row client)
            implements TorrentEvent {
        public Changes {
            changed = Map.copyOf(changed);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            Objects.requireNonNull(client, "client");
        }
    }

    /** This poll failed; the watch goes on and the next success is a Full snapshot again. */
    record Failed(ClientFailure failure) implements TorrentEvent {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
