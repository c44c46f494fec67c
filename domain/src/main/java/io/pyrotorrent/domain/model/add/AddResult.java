package io.pyrotorrent.domain.model.add;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.Objects;
import java.util.Optional;

/** What became of one torrent to add, named as the user gave it (file name, URL, magnet). */
public sealed interface AddResult {

    String source();

    /** rTorrent took it; the hash is known for files and magnets, not always for URLs. */
    record Added(String source, Optional<InfoHash> hash) implements AddResult {
        public Added {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** Not added, and why: not a .torrent, too large, refused URL, rTorrent's fault, ... */
    record Refused(String source, String reason) implements AddResult {
        public Refused {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
