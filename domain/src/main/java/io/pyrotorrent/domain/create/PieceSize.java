package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.model.create.NewTorrent;

/**
 * The automatic piece size: the smallest power of two from 16 KiB that keeps a torrent at 2,000
 * pieces or fewer (so 1,000 to 2,000 once above 32 MiB), capped at 16 MiB. Fewer pieces make a
 * smaller .torrent; more pieces let peers share sooner. The clients land in the same band.
 */
final class PieceSize {

    static final long MAX_PIECES = 2000;

    private PieceSize() {}

    static int automatic(long totalBytes) {
        int size = NewTorrent.MIN_PIECE;
        while (size < NewTorrent.MAX_PIECE && (totalBytes + size - 1) / size > MAX_PIECES) {
            size *= 2;
        }
        return size;
    }
}
