package io.pyrotorrent.domain.model.rss;

/** Why a feed could not be read (malformed, refused address, too large, too slow), in words for the user. */
public final class FeedReadException extends RuntimeException {
    public FeedReadException(String reason) {
        super(reason);
    }
}
