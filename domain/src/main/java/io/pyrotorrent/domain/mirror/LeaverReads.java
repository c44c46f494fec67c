package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One poll's reads of its due leavers: torrents that stopped transferring (their rates are 0 from
 * the poll that saw it, the rest is read once they settled, {@link Cadence#membership()}), left the
 * leeching view, or started or ended a check. Where rTorrent can list them cheaply, they are read
 * with the list of a small view that holds them, not by hash: rTorrent 0.9.8 finds a torrent named
 * by hash by walking its download list for each value, so one torrent's 17 values cost it 55-83 ms
 * at the end of a 20,000-torrent list (it-tests/bin/rtorrent-read-costs; new downloads sit there),
 * where a list of a few hundred rows costs a few ms.
 *
 * <ul>
 *   <li>Downloads the table has as leeching: the leeching view's list. One it leaves out finished,
 *       stopped or went.
 *   <li>The others (seeds whose upload stopped, downloads that finished, torrents whose check started
 *       or ended): the active view's list and the hashing view's. rTorrent 0.9.8 closes a torrent while
 *       it checks it and resumes a started one after (measured on 2026-12-08 with d.check_hash), so a
 *       download that finished is in the hashing view during the check it runs then
 *       (pieces.hash.on_completion) and in the active view after it.
 *   <li>Those every list left out (stopped or paused elsewhere, removed): by hash, ten a poll at most.
 * </ul>
 *
 * A view of more than {@link #LISTED_WHOLE} torrents (a seedbox whose 20,000 seeds are all started)
 * is not listed: its leavers are read by hash.
 */
final class LeaverReads {

    /**
     * Torrents read by hash in one poll: ten of 17 values hold rTorrent's loop for under a second at
     * worst; more wait for the next poll.
     */
    static final int BY_HASH_PER_POLL = 10;

    /** The largest view listed for leavers (a few hundred rows cost rTorrent a few ms). */
    static final int LISTED_WHOLE = 1_000;

    private final Ref<List<Row>> leeching;
    private final Ref<List<Row>> active;
    private final Ref<List<Row>> hashing;
    private final List<InfoHash> forLeeching;
    private final List<InfoHash> forActive;
    private final Map<InfoHash, Ref<Row>> byHash = new LinkedHashMap<>();

    private LeaverReads(Request.Builder steps, MirrorFields fields, MirrorTable table, List<InfoHash> due) {
        var leechers = due.stream()
                .filter(h -> !table.unlisted.contains(h) && table.leechingAsFarAsKnown(h))
                .toList();
        forLeeching = !leechers.isEmpty() && table.leechingCount() <= LISTED_WHOLE ? leechers : List.of();
        forActive = table.activeCount() <= LISTED_WHOLE
                ? due.stream()
                        .filter(h -> !table.unlisted.contains(h) && !forLeeching.contains(h))
                        .toList()
                : List.of();
        leeching =
                forLeeching.isEmpty() ? null : steps.add(TorrentListQuery.of(PollPlan.LEECHING, fields.transferring()));
        active = forActive.isEmpty() ? null : steps.add(TorrentListQuery.of(PollPlan.ACTIVE, fields.transferring()));
        hashing = forActive.isEmpty() ? null : steps.add(TorrentListQuery.of(PollPlan.HASHING, fields.transferring()));
        due.stream()
                .filter(h -> !forLeeching.contains(h) && !forActive.contains(h))
                .limit(BY_HASH_PER_POLL)
                .forEach(h -> byHash.put(h, steps.add(TorrentQuery.of(h, fields.transferring()))));
    }

    /**
     * The reads of the leavers due now: those whose settling time is up, or every one when {@code
     * timers} want them all (a move of the views nothing read explains).
     */
    static LeaverReads plan(
            Request.Builder steps,
            MirrorFields fields,
            MirrorTable table,
            RefreshTimers timers,
            Cadence cadence,
            Instant now) {
        boolean every = timers.leaversWanted;
        var due = table.leavers.entrySet().stream()
                .filter(left -> every || RefreshTimers.due(left.getValue(), cadence.membership(), now))
                .map(Map.Entry::getKey)
                .toList();
        return new LeaverReads(steps, fields, table, due);
    }

    /** Torrents this poll reads one by one, by hash. */
    int rowsByHash() {
        return byHash.size();
    }

    /**
     * Merges what was read: each leaver a list named is read; one the leeching view's list left out
     * is looked for in the active and hashing views' next, one those left out is read by hash next.
     */
    void apply(Snapshot answer, MirrorTable table) {
        byHash.forEach((hash, ref) -> {
            table.leaverRead(hash);
            PollPlan.part(answer.outcome(ref), hash, table);
        });
        if (leeching != null) {
            settle(forLeeching, merged(answer.get(leeching), table), table.leftLeeching, table);
        }
        if (active != null) {
            var listed = merged(answer.get(active), table);
            listed.addAll(merged(answer.get(hashing), table));
            settle(forActive, listed, table.unlisted, table);
        }
    }

    /** Each leaver read for that a list named is read; each it left out goes to {@code leftOut}, due now. */
    private static void settle(List<InfoHash> readFor, Set<InfoHash> listed, Set<InfoHash> leftOut, MirrorTable table) {
        for (InfoHash hash : readFor) {
            if (listed.contains(hash)) {
                table.leaverRead(hash);
            } else if (table.rows.containsKey(hash)) {
                leftOut.add(hash);
                table.leavers.put(hash, MirrorTable.DUE_NOW);
            }
        }
    }

    /** Each known row merged; the hashes listed. */
    private static Set<InfoHash> merged(List<Row> listed, MirrorTable table) {
        for (Row row : listed) {
            if (table.rows.containsKey(row.get(TorrentFields.HASH))) {
                table.merge(row);
            }
        }
        return MirrorTable.hashes(listed);
    }
}
