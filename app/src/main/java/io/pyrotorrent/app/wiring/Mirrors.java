package io.pyrotorrent.app.wiring;

import io.pyrotorrent.domain.mirror.ChangeCounting;
import io.pyrotorrent.domain.mirror.Lease;
import io.pyrotorrent.domain.mirror.MirrorScheduler;
import io.pyrotorrent.domain.mirror.MirroredTorrentClient;
import io.pyrotorrent.domain.mirror.TargetMirror;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * Each target's live mirror and the threads its polls run on: one thread per target, so a target
 * whose poll stalls (until its own timeout) never delays another target's polls.
 */
final class Mirrors implements AutoCloseable {

    private final ScheduledExecutorService polls;
    private final MirrorScheduler scheduler;
    private final List<Lease> schedules = new CopyOnWriteArrayList<>();
    private final Map<TargetName, TargetMirror> byTarget = new ConcurrentHashMap<>();

    Mirrors(int targets, ThreadFactory threads) {
        this.polls = Executors.newScheduledThreadPool(Math.max(1, targets), threads);
        this.scheduler = MirrorScheduler.on(polls);
    }

    /**
     * The target's client with a mirror in front: the mirror polls through {@code polls}, the parts
     * of a request it cannot answer and commands go through {@code rtorrent}; two clients of the
     * same rTorrent so the metrics tell readers' round trips from the mirror's polls. Polling runs
     * only while somebody reads.
     */
    MirroredTorrentClient mirrored(
            TargetName target, TorrentClient rtorrent, TorrentClient polls, ChangeCounting changeCounting) {
        var mirror = TargetMirror.of(polls, changeCounting, Clock.systemUTC(), scheduler);
        byTarget.put(target, mirror);
        schedules.add(mirror.start());
        return new MirroredTorrentClient(mirror, rtorrent);
    }

    /** Each mirrored target's mirror: event streams follow its deltas instead of polling. */
    Map<TargetName, TargetMirror> byTarget() {
        return Map.copyOf(byTarget);
    }

    @Override
    public void close() {
        schedules.forEach(Lease::close);
        polls.shutdownNow();
    }
}
