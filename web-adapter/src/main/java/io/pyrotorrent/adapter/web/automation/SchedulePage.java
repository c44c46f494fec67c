package io.pyrotorrent.adapter.web.automation;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.model.schedule.ScheduleNow;
import java.util.ArrayList;
import java.util.List;

/**
 * One target's week as the page shows it: the profiles as rows to edit (blank rows to add one),
 * and the grid as 7 rows of 24 hours, each the index of its profile or -1.
 */
public record SchedulePage(String target, boolean enabled, List<Profile> profiles, List<Day> days, String cells) {

    static final int PROFILE_ROWS = 4;
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    /** A profile row; limits in KiB/s, blank for unlimited, as the limits form takes them. */
    record Profile(int index, String name, String upKib, String downKib) {}

    record Day(String name, List<Integer> hours, int offset) {}

    static SchedulePage of(BandwidthSchedule schedule) {
        var profiles = new ArrayList<Profile>();
        for (int i = 0; i < PROFILE_ROWS; i++) {
            if (i < schedule.profiles().size()) {
                LimitProfile p = schedule.profiles().get(i);
                profiles.add(new Profile(i, p.name(), kib(p.upBytesPerSecond()), kib(p.downBytesPerSecond())));
            } else {
                profiles.add(new Profile(i, "", "", ""));
            }
        }
        var days = new ArrayList<Day>();
        for (int d = 0; d < 7; d++) {
            days.add(new Day(DAYS.get(d), schedule.cells().subList(d * 24, d * 24 + 24), d * 24));
        }
        var cells = new StringBuilder();
        schedule.cells().forEach(c -> cells.append(c < 0 ? '-' : (char) ('0' + c)));
        return new SchedulePage(schedule.target().value(), schedule.enabled(), profiles, days, cells.toString());
    }

    /** "schedule: night, 10 MiB/s up" for the header; the target's name too when there are several. */
    public static List<String> headerNotes(List<ScheduleNow> now) {
        return now.stream()
                .map(n -> (now.size() > 1 ? n.target().value() + " " : "") + "schedule: "
                        + n.profile().name() + ", " + rates(n.profile()))
                .toList();
    }

    private static String rates(LimitProfile profile) {
        return Units.limit(profile.upBytesPerSecond()) + " up, " + Units.limit(profile.downBytesPerSecond()) + " down";
    }

    private static String kib(long bytesPerSecond) {
        return bytesPerSecond == 0 ? "" : String.valueOf(bytesPerSecond / 1024);
    }
}
