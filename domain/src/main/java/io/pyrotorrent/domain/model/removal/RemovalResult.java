package io.pyrotorrent.domain.model.removal;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What removing a torrent with its data did. {@code refused} says why nothing happened (the
 * torrent stays in rTorrent and on disk); otherwise it left rTorrent, then its files went.
 */
public record RemovalResult(
        InfoHash hash, String name, Optional<String> refused, List<DataFile> deleted, List<KeptFile> kept) {
    public RemovalResult {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(refused, "refused");
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }

    public static RemovalResult refused(InfoHash hash, String name, String reason) {
        return new RemovalResult(hash, name, Optional.of(reason), List.of(), List.of());
    }

    public long bytesDeleted() {
        return deleted.stream().mapToLong(DataFile::bytes).sum();
    }
}
