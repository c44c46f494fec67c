package io.pyrotorrent.domain.model.rss;

/** No such feed or rule for this target (or the caller may not see it: the same answer). */
public final class UnknownFeedException extends RuntimeException {
    public UnknownFeedException(String what) {
        super(what);
    }
}
