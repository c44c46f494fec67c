package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random changes behind the mirror's back (rates, states, labels, names, adds, removes,
 * restarts, outages), interleaved with polls and commands through it. After one full sweep with
 * nothing changing, the mirror must equal a fresh full read. A failure names the seed and step.
 */
class MirrorRandomizedTest {

    private static final long[] SEEDS = {20261204L, 7L, 424242L};
    private static final int STEPS = 400;

    /** 20-40 torrents x 35 fields do not fit 200 values: full reads go in parts, idle spells resume. */
    private static final Cadence SMALL_READS = Cadence.DEFAULT.withCellsPerRead(200);

    @Test
    void afterOneFullSweep_theMirrorEqualsAFreshFullRead() {
        for (long seed : SEEDS) {
            new Run(seed, Cadence.DEFAULT, false).go();
        }
    }

    @Test
    void withReadsInPartsAndIdleSpells_afterOneFullSweep_theMirrorEqualsAFreshFullRead() {
        for (long seed : SEEDS) {
            new Run(seed, SMALL_READS, true).go();
        }
    }

    @Test
    void whereRtorrentRefusesTheChangeCount_afterOneFullSweep_theMirrorEqualsAFreshFullRead() {
        for (long seed : SEEDS) {
            var run = new Run(seed, SMALL_READS, true);
            run.rtorrent.refuseChangeCount();
            run.go();
        }
    }

    private static final class Run {
        private final long seed;
        private final Random random;
        private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
        private final TestClock clock = new TestClock();
        private final TargetMirror mirror;
        private final boolean idleSpells;
        private Lease watching;
        private int step;
        private int made;

        Run(long seed, Cadence cadence, boolean idleSpells) {
            this.seed = seed;
            this.random = new Random(seed);
            this.mirror = new TargetMirror(rtorrent, TorrentFields.ALL, cadence, clock, new ManualScheduler());
            this.idleSpells = idleSpells;
        }

        private String where() {
            return "seed " + seed + ", step " + step;
        }

        void go() {
            for (int i = 0; i < 20; i++) {
                add();
            }
            watching = mirror.watch();
            try {
                for (step = 0; step < STEPS; step++) {
                    act();
                }
                rtorrent.failWith(null);
                settle();
            } finally {
                watching.close();
            }
        }

        /** Nobody watches for a minute: polls send nothing; then somebody looks again. */
        private void idle() {
            watching.close();
            long before = rtorrent.roundTrips();
            clock.advance(Cadence.IDLE_AFTER.plus(Cadence.POLL));
            assertThat(mirror.poll()).as(where()).isFalse();
            assertThat(rtorrent.roundTrips()).as(where()).isEqualTo(before);
            watching = mirror.watch();
        }

        private void act() {
            List<FakeTorrent> all = rtorrent.all();
            FakeTorrent some = all.isEmpty() ? null : all.get(random.nextInt(all.size()));
            int dice = random.nextInt(100);
            if (dice < 35) {
                poll();
            } else if (some == null || dice < 40) {
                add();
            } else if (dice < 50) {
                some.rates(random.nextInt(1000), random.nextInt(1000)).totals(random.nextInt(9999), random.nextInt(99));
            } else if (dice < 55) {
                some.peers(random.nextInt(20), random.nextInt(5));
            } else if (dice < 60) {
                some.label(random.nextBoolean() ? Label.NONE : new Label("l" + random.nextInt(3)));
            } else if (dice < 63) {
                some.rename("renamed-" + random.nextInt(1000));
            } else if (dice < 66) {
                some.message(random.nextBoolean() ? "" : "Tracker: [Timeout]");
            } else if (dice < 75) {
                elsewhere(some.hash());
            } else if (dice < 78) {
                rtorrent.remove(some.hash());
            } else if (dice < 80) {
                rtorrent.restart(random.nextBoolean());
            } else if (dice < 82) {
                rtorrent.failWith(random.nextBoolean() ? new ClientFailure.Unreachable("refused") : null);
            } else if (idleSpells && dice < 85) {
                idle();
            } else {
                throughTheMirror(some.hash());
            }
        }

        /** Another client's command; while the target is down it fails for them too. */
        private void elsewhere(InfoHash hash) {
            try {
                rtorrent.send(Request.of(stateChange(hash)));
            } catch (TorrentClientException down) {
                assertThat(down.failure()).as(where()).isInstanceOf(ClientFailure.Unreachable.class);
            }
        }

        private Command stateChange(InfoHash hash) {
            return switch (random.nextInt(4)) {
                case 0 -> new Command.Start(hash);
                case 1 -> new Command.Stop(hash);
                case 2 -> new Command.Pause(hash);
                default -> new Command.Resume(hash);
            };
        }

        private void throughTheMirror(InfoHash hash) {
            Command command = switch (random.nextInt(4)) {
                case 0 -> new Command.Erase(hash);
                case 1 -> new Command.SetLabel(hash, new Label("mine"));
                case 2 ->
                    Command.AddTorrent.of(
                            TestTorrent.single("via-mirror-" + made++).source(), true);
                default -> stateChange(hash);
            };
            try {
                mirror.run(List.of(command));
            } catch (TorrentClientException down) {
                assertThat(mirror.view().fault()).as(where()).isPresent();
            }
        }

        private void add() {
            rtorrent.put(TestTorrent.single("t" + made++).metainfo(), random.nextBoolean());
        }

        /** One poll: exactly one round trip; right after it, every active, transferring torrent's values are current. */
        private void poll() {
            long before = rtorrent.roundTrips();
            clock.advance(Cadence.DEFAULT.poll());
            assertThat(mirror.poll()).as(where()).isTrue();
            assertThat(rtorrent.roundTrips() - before).as(where()).isEqualTo(1);
            MirrorView view = mirror.view();
            if (view.stale()) {
                return;
            }
            Map<InfoHash, Row> truth = byHash(FreshRead.of(rtorrent));
            view.rows().forEach((hash, row) -> {
                Row real = truth.get(hash);
                if (real != null
                        && real.get(TorrentFields.ACTIVE)
                        && (real.get(TorrentFields.UP_RATE) > 0 || real.get(TorrentFields.DOWN_RATE) > 0)) {
                    for (Field<?> field : row.fields()) {
                        if (ValueClass.of(field) == ValueClass.MOVING) {
                            assertThat(row.get(field))
                                    .as(where() + ", " + hash + " " + field)
                                    .isEqualTo(real.get(field));
                        }
                    }
                }
            });
        }

        /** Nothing changes any more: poll until a sweep started after that has finished. */
        private void settle() {
            Instant quiet = clock.instant();
            for (int polls = 0; polls < 2000; polls++) {
                poll();
                MirrorView view = mirror.view();
                if (!view.stale()
                        && !view.asOf().get(ValueClass.STATIC).isBefore(quiet)
                        && !view.asOf().get(ValueClass.MEMBERSHIP).isBefore(quiet)) {
                    assertThat(view.rows()).as(where() + ", after the sweep").isEqualTo(byHash(FreshRead.of(rtorrent)));
                    return;
                }
            }
            throw new AssertionError(where() + ": no full sweep within 2000 polls");
        }

        private static Map<InfoHash, Row> byHash(List<Row> rows) {
            var map = new LinkedHashMap<InfoHash, Row>();
            rows.forEach(r -> map.put(r.get(TorrentFields.HASH), r));
            return map;
        }
    }
}
