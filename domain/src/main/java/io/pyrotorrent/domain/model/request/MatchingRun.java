package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;

/**
 * What "act on every torrent that matches" did. The user confirmed a count; when the filter
 * matches another number by the time the commands would run, nothing runs ({@link CountChanged}),
 * so a confirmation never covers torrents the user was not told about.
 */
public sealed interface MatchingRun {

    /** How many torrents the filter matched when the request was answered. */
    int matched();

    /** The commands ran, one per matched torrent in {@code hashes} order. */
    record Ran(List<InfoHash> hashes, CommandResults results) implements MatchingRun {
        public Ran {
            hashes = List.copyOf(hashes);
        }

        @Override
        public int matched() {
            return hashes.size();
        }
    }

    /** The filter now matches {@code matched} torrents, not the number confirmed: nothing ran. */
    record CountChanged(int matched, int confirmed) implements MatchingRun {}
}
