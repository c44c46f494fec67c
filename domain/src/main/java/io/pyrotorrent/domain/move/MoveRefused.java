package io.pyrotorrent.domain.move;

/** Why one torrent was not moved, in words for the user; nothing was changed. */
final class MoveRefused extends RuntimeException {
    MoveRefused(String reason) {
        super(reason);
    }
}
