package io.pyrotorrent.domain.model.create;

import io.pyrotorrent.domain.model.TrackerUrl;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A torrent to make from a file or folder on a target's storage.
 *
 * @param source    the file or folder, as rTorrent's host names it (under the storage mapping)
 * @param tiers     trackers, tier by tier (announce-list); the first tracker is also "announce"
 * @param pieceSize bytes per piece, a power of two from 16 KiB to 16 MiB; empty: chosen by size
 * @param add       whether it goes to the target afterwards, seeding from the data where it lies
 */
public record NewTorrent(
        String source,
        List<List<TrackerUrl>> tiers,
        boolean privateFlag,
        String comment,
        OptionalInt pieceSize,
        boolean add) {

    public static final int MIN_PIECE = 16 * 1024;
    public static final int MAX_PIECE = 16 * 1024 * 1024;
    static final int MAX_COMMENT = 4096;

    public NewTorrent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(pieceSize, "pieceSize");
        if (!source.startsWith("/")) {
            throw new IllegalArgumentException("path: an absolute path on the target's host, not '" + source + "'");
        }
        tiers = tiers.stream().filter(tier -> !tier.isEmpty()).map(List::copyOf).toList();
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment: at most " + MAX_COMMENT + " characters");
        }
        pieceSize.ifPresent(size -> {
            if (size < MIN_PIECE || size > MAX_PIECE || Integer.bitCount(size) != 1) {
                throw new IllegalArgumentException(
                        "pieceSize: a power of two from 16384 (16 KiB) to 16777216 (16 MiB), not " + size);
            }
        });
    }
}
