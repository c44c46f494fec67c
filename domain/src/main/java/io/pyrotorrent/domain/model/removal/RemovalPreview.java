package io.pyrotorrent.domain.model.removal;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;
import java.util.Objects;

/** What removing a torrent with its data would do, shown before anything happens. */
public sealed interface RemovalPreview {

    InfoHash hash();

    String name();

    /** The files are readable here: these go, these stay. */
    record Visible(InfoHash hash, String name, List<DataFile> deleted, List<KeptFile> kept) implements RemovalPreview {
        public Visible {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(name, "name");
            deleted = List.copyOf(deleted);
            kept = List.copyOf(kept);
        }

        public long bytes() {
            return deleted.stream().mapToLong(DataFile::bytes).sum();
        }
    }

    /** pyroTorrent cannot see this torrent's files (no storage mapping, ...): only removing it is offered. */
    record NotVisible(InfoHash hash, String name, String reason) implements RemovalPreview {
        public NotVisible {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
