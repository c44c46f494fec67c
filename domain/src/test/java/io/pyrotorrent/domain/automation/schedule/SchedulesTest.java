package io.pyrotorrent.domain.automation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemorySchedules;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.model.schedule.ScheduleNow;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.TorrentService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    private static final TargetName LOCAL = TargetName.of("local");
    private static final LimitProfile DAY = new LimitProfile("day", 1_000_000, 0);
    private static final LimitProfile NIGHT = new LimitProfile("night", 10_000_000, 0);

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    /** 2026-01-01 is a Thursday; the clock starts at 00:00 UTC. */
    private final TestClock clock = new TestClock();

    private final Schedules schedules = new Schedules(
            new InMemorySchedules(),
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(LOCAL, client))),
            audit,
            clock,
            () -> List.of(LOCAL));

    @Test
    void saving_appliesTheHoursProfileAtOnce_thenOnlyWhenTheProfileChanges() {
        schedules.save(Principal.LOCAL, nightsUntilSeven());
        assertThat(upLimit()).isEqualTo(10_000_000);

        client.send(Request.of(new Command.SetGlobalUpLimit(5)));
        clock.advance(Duration.ofMinutes(30));
        schedules.applyDue();
        assertThat(upLimit()).as("same profile: a limit set by hand holds").isEqualTo(5);

        clock.advance(Duration.ofHours(7));
        schedules.applyDue();
        assertThat(upLimit()).isEqualTo(1_000_000);
        assertThat(audit.find(AuditQuery.latest(10)))
                .extracting(e -> e.user() + " " + e.action() + " " + e.result())
                .containsExactly(
                        "automation Schedule profile=day up=1000000 down=0 ok",
                        "automation Schedule profile=night up=10000000 down=0 ok");
    }

    @Test
    void now_namesTheProfileHoldingOnTheCallersTargets() {
        schedules.save(Principal.LOCAL, nightsUntilSeven());

        assertThat(schedules.now(Principal.LOCAL)).containsExactly(new ScheduleNow(LOCAL, NIGHT));
        assertThat(schedules.now(new Principal("bob", false, Set.of()))).isEmpty();
        assertThatThrownBy(() -> schedules.schedule(new Principal("bob", false, Set.of()), LOCAL))
                .isInstanceOf(UnknownTargetException.class);
    }

    @Test
    void aDisabledSchedule_appliesNothing() {
        var off = new BandwidthSchedule(LOCAL, false, List.of(DAY), Collections.nCopies(168, 0));

        schedules.save(Principal.LOCAL, off);

        assertThat(upLimit()).isZero();
        assertThat(schedules.now(Principal.LOCAL)).isEmpty();
    }

    @Test
    void impossibleSchedules_areRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> new BandwidthSchedule(LOCAL, true, List.of(DAY), Collections.nCopies(167, 0)))
                .hasMessageContaining("cells: exactly 168 hours");
        assertThatThrownBy(() -> new BandwidthSchedule(LOCAL, true, List.of(DAY), Collections.nCopies(168, 3)))
                .hasMessageContaining("cells[0]: -1 or a profile index 0 to 0, not 3");
        assertThatThrownBy(() -> new LimitProfile("x", -1, 0)).hasMessageContaining("profile up limit");
        assertThatThrownBy(() -> new BandwidthSchedule(LOCAL, true, List.of(DAY, DAY), Collections.nCopies(168, 0)))
                .hasMessageContaining("the name 'day' is used twice");
    }

    /** Thursday 00:00-06:59 night, 07:00 on day; the rest of the week day. */
    private static BandwidthSchedule nightsUntilSeven() {
        var cells = new ArrayList<>(Collections.nCopies(168, 0));
        int thursday = 3 * 24;
        for (int hour = 0; hour < 7; hour++) {
            cells.set(thursday + hour, 1);
        }
        return new BandwidthSchedule(LOCAL, true, List.of(DAY, NIGHT), cells);
    }

    private long upLimit() {
        var builder = Request.builder();
        var ref = builder.add(ClientQuery.of(ClientFields.UP_LIMIT));
        return client.send(builder.build()).get(ref).get(ClientFields.UP_LIMIT);
    }
}
