package io.pyrotorrent.domain.model;

/** rTorrent does not know this info-hash on that target (the step failed with {@link ClientFailure.NotFound}). */
public final class UnknownTorrentException extends RuntimeException {

    public UnknownTorrentException(InfoHash hash) {
        super("no torrent " + hash.hex());
    }
}
