package io.pyrotorrent.domain.rss;

/**
 * Called after each step of adding an item (fetched, intended, loaded, confirmed). Production
 * passes {@link #NONE}; the kill tests pass one that halts the process at a named step, to prove
 * that no step loses an item or adds it twice.
 */
@FunctionalInterface
public interface Checkpoints {

    Checkpoints NONE = step -> {};

    void reached(String step);
}
