package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleGroups;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import io.pyrotorrent.domain.port.out.ThrottleKeeper;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Throttle groups over the fake, which refuses d.throttle_name.set on an active torrent as rTorrent does. */
class ThrottleServiceTest {

    private static final TargetName LOCAL = TargetName.of("local");
    private static final ThrottleName SLOW = ThrottleName.of("slow");
    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final Targets targets = new Targets(Map.<TargetName, TorrentClient>of(LOCAL, client));
    private final TorrentService torrents = new TorrentService(targets);
    private final List<ThrottleGroup> kept = new ArrayList<>();
    private final ThrottleService service =
            new ThrottleService(targets, new AuditedControl(torrents, audit, new TestClock()), new ThrottleKeeper() {
                @Override
                public boolean keeps(TargetName target) {
                    return true;
                }

                @Override
                public void keep(TargetName target, ThrottleGroup group) {
                    kept.add(group);
                }

                @Override
                public List<ThrottleGroup> kept(TargetName target) {
                    return kept;
                }
            });

    @Test
    @DisplayName(
            "an active torrent is paused, put in the group and resumed in one round trip; the others keep their state")
    void assign_pausesAndResumesOnlyTheActiveOnes() {
        var started = client.put(TestTorrent.unique("started").metainfo(), true);
        var stopped = client.put(TestTorrent.unique("stopped").metainfo(), false);
        service.define(Principal.LOCAL, LOCAL, new ThrottleGroup(SLOW, 100, 200));
        long before = client.roundTrips();

        var result = service.assign(Principal.LOCAL, LOCAL, List.of(started.hash(), stopped.hash()), Optional.of(SLOW));

        assertThat(client.roundTrips() - before).isEqualTo(2); // the state read, then one batch of changes
        assertThat(result.failed()).isEmpty();
        assertThat(result.moved()).containsExactly(started.hash(), stopped.hash());
        assertThat(result.resumed()).containsExactly(started.hash());
        assertThat(started.throttle()).isEqualTo("slow");
        assertThat(stopped.throttle()).isEqualTo("slow");
        assertThat(client.torrent(started.hash()).active()).isTrue();
        assertThat(client.torrent(stopped.hash()).active()).isFalse();
        assertThat(audit.find(AuditQuery.latest(10)))
                .extracting(e -> e.action())
                .contains(
                        "SetThrottleGroup slow",
                        "Pause",
                        "Resume",
                        "DefineThrottleGroup slow up 100 KiB/s down 200 KiB/s");
    }

    @Test
    void withoutThePause_rtorrentWouldRefuse_soTheFakeIsHonest() {
        var started = client.put(TestTorrent.unique("started").metainfo(), true);

        var outcome = client.send(Request.of(new Command.SetThrottleGroup(started.hash(), Optional.of(SLOW))))
                .outcomes()
                .get(0);

        assertThat(outcome.toString()).contains("Cannot set throttle on active download");
    }

    @Test
    void anEmptyGroup_takesTheTorrentOutOfItsGroup() {
        var t = client.put(TestTorrent.unique("t").metainfo(), false).throttle("slow");

        service.assign(Principal.LOCAL, LOCAL, List.of(t.hash()), Optional.empty());

        assertThat(t.throttle()).isEmpty();
    }

    @Test
    @DisplayName(
            "groups: defined ones and those torrents name, limits read back, kept says whether they survive a restart")
    void groups_listDefinedAndNamedOnes() {
        client.put(TestTorrent.unique("a").metainfo(), false).throttle("fromrc");
        client.send(Request.of(new Command.SetGlobalUpLimit(1 << 20)));

        ThrottleGroups groups = service.define(Principal.LOCAL, LOCAL, new ThrottleGroup(SLOW, 100, 0));

        assertThat(groups.kept()).isTrue();
        assertThat(kept).containsExactly(new ThrottleGroup(SLOW, 100, 0));
        assertThat(groups.groups()).extracting(g -> g.name().value()).containsExactly("fromrc", "slow");
        var slow = groups.groups().get(1);
        assertThat(slow.limits()).isEqualTo(new ThrottleLimits(100 * 1024, 0));
        var fromRc = groups.groups().get(0);
        assertThat(fromRc.torrents()).isEqualTo(1);
        assertThat(fromRc.defined()).isFalse();
    }

    @Test
    void badNamesAndRates_areRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> ThrottleName.of("a b"))
                .hasMessageContaining("letters, digits, '.', '_' or '-', not 'a b'");
        assertThatThrownBy(() -> ThrottleName.of("a,b")).hasMessageContaining("not 'a,b'");
        assertThatThrownBy(() -> ThrottleName.of("")).hasMessageContaining("1 to 32");
        assertThatThrownBy(() -> ThrottleName.of("x".repeat(33))).hasMessageContaining("1 to 32");
        assertThatThrownBy(() -> ThrottleName.of("NULL")).hasMessageContaining("reserves");
        assertThatThrownBy(() -> new ThrottleGroup(SLOW, -1, 0)).hasMessageContaining("up: a group's rate is 0");
        assertThatThrownBy(() -> new ThrottleGroup(SLOW, 0, ThrottleGroup.MAX_KIB + 1))
                .hasMessageContaining("down: a group's rate is 0 (unlimited) to 1048576 KiB/s");
        assertThatThrownBy(() -> service.assign(Principal.LOCAL, LOCAL, List.of(), Optional.of(SLOW)))
                .hasMessageContaining("give 1 to 1000 torrents");
    }
}
