package io.pyrotorrent.app.managed;

/** The managed rTorrent could not be prepared, started or kept running; the message says why. */
public final class ManagedRtorrentException extends RuntimeException {

    public ManagedRtorrentException(String message) {
        super(message);
    }

    public ManagedRtorrentException(String message, Throwable cause) {
        super(message, cause);
    }
}
