package io.pyrotorrent.domain.model.rss;

/**
 * Where an item stands. PENDING is written before rTorrent is asked to load it and ADDED after:
 * a crash in between leaves PENDING, which the next start settles against rTorrent by info-hash.
 */
public enum ItemState {
    PENDING,
    ADDED,
    SKIPPED,
    FAILED
}
