package io.pyrotorrent.domain.mirror;

/** Something held open (a watch, a subscription, a schedule) until closed; closing twice is harmless. */
public interface Lease extends AutoCloseable {
    @Override
    void close();
}
