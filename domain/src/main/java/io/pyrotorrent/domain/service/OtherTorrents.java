package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The torrents whose files must stay, indexed by their own paths. A question about one file or
 * folder costs the depth of its path, not the number of torrents: a bulk removal of 1,000
 * torrents among 1,000 asked every file against every torrent (a million checks) before.
 * Torrents of the target being cleaned carry their hash, so the one being removed is left out of
 * its own checks and leaves the index once it is gone.
 */
final class OtherTorrents {

    private record Entry(Optional<InfoHash> hash, OtherTorrent torrent) {}

    private final Map<Path, List<Entry>> byOwnPath = new HashMap<>();
    /** For each folder, how many torrents' own paths lie inside it (or are it). */
    private final Map<Path, Integer> livingUnder = new HashMap<>();

    private final Map<InfoHash, Entry> here = new HashMap<>();
    private Optional<String> blocked = Optional.empty();
    private long probes;

    void add(Optional<InfoHash> hash, OtherTorrent torrent) {
        var entry = new Entry(hash, torrent);
        byOwnPath.computeIfAbsent(torrent.ownPath(), path -> new ArrayList<>()).add(entry);
        for (Path dir = torrent.ownPath(); dir != null; dir = dir.getParent()) {
            livingUnder.merge(dir, 1, Integer::sum);
        }
        hash.ifPresent(h -> here.put(h, entry));
    }

    /** The torrent left: its files no longer hold anything back. */
    void remove(InfoHash hash) {
        Entry entry = here.remove(hash);
        if (entry == null) {
            return;
        }
        Path own = entry.torrent().ownPath();
        List<Entry> same = byOwnPath.get(own);
        same.remove(entry);
        if (same.isEmpty()) {
            byOwnPath.remove(own);
        }
        for (Path dir = own; dir != null; dir = dir.getParent()) {
            livingUnder.computeIfPresent(dir, (key, count) -> count == 1 ? null : count - 1);
        }
    }

    /** Nothing may be deleted at all, and why (a target sharing the storage did not answer). */
    void block(String why) {
        blocked = Optional.of(why);
    }

    Optional<String> blocked() {
        return blocked;
    }

    /** Another torrent (not {@code except}) whose own path holds this real file, if any. */
    Optional<OtherTorrent> using(Path realFile, InfoHash except) {
        for (Path dir = realFile; dir != null; dir = dir.getParent()) {
            probes++;
            for (Entry entry : byOwnPath.getOrDefault(dir, List.of())) {
                if (!entry.hash().equals(Optional.of(except))) {
                    return Optional.of(entry.torrent());
                }
            }
        }
        return Optional.empty();
    }

    /** A folder holding another torrent's own path (or being it) must not go, even when empty. */
    boolean anyLivesUnder(Path realDirectory, InfoHash except) {
        probes++;
        int count = livingUnder.getOrDefault(realDirectory, 0);
        Entry self = here.get(except);
        if (self != null && self.torrent().ownPath().startsWith(realDirectory)) {
            count--;
        }
        return count > 0;
    }

    /** Index lookups so far: what a test bounds to prove the work grows with the torrents, not their square. */
    long probes() {
        return probes;
    }
}
