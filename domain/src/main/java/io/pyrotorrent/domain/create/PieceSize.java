package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.model.create.NewTorrent;

/**
 * The automatic piece size: the smallest power of two from 16 KiB that keeps a torrent at 2,048
 * pieces or fewer, capped at 16 MiB; above 32 MiB that is 1,025 to 2,048 pieces, the 1,500-2,000
 * band the clients aim at as near as powers of two get. Fewer pieces make a smaller .torrent;
 * more let peers share sooner.
 */
final class PieceSize {

    static final long MAX_PIECES = 2048;

    private PieceSize() {}

    static int automatic(long totalBytes) {
        int size = NewTorrent.MIN_PIECE;
        while (size < NewTorrent.MAX_PIECE && (totalBytes + size - 1) / size > MAX_PIECES) {
            size *= 2;
        }
        return size;
    }
}
