package io.pyrotorrent.domain.automation.seeding;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each torrent last moved data. rTorrent keeps no such time that survives its restart, so
 * pyroTorrent watches rates at each run; a torrent first seen idle counts as active at that
 * moment, so after a restart an idle limit never acts early, only up to one limit late.
 */
final class IdleClock {

    private final Clock clock;
    private final Map<TargetName, Map<InfoHash, Instant>> active = new ConcurrentHashMap<>();

    IdleClock(Clock clock) {
        this.clock = clock;
    }

    void observe(TargetName target, java.util.List<Row> rows) {
        Instant now = clock.instant();
        var seen = active.computeIfAbsent(target, t -> new ConcurrentHashMap<>());
        var present = new HashSet<InfoHash>();
        for (Row row : rows) {
            InfoHash hash = row.get(TorrentFields.HASH);
            present.add(hash);
            if (row.get(TorrentFields.UP_RATE) > 0 || row.get(TorrentFields.DOWN_RATE) > 0) {
                seen.put(hash, now);
            } else {
                seen.putIfAbsent(hash, now);
            }
        }
        seen.keySet().retainAll(present); // removed torrents are forgotten, so the map stays small
    }

    Instant lastActive(TargetName target, InfoHash hash) {
        return active.getOrDefault(target, Map.of()).getOrDefault(hash, clock.instant());
    }
}
