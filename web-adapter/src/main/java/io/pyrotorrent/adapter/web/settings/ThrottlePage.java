package io.pyrotorrent.adapter.web.settings;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.throttle.ThrottleGroups;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import java.util.List;

/**
 * The throttle groups of one target: each with its limits as rTorrent reads them back, and
 * whether they survive an rTorrent restart ({@code kept}: only on the managed instance). A limit
 * reads "no limit now" when it is 0: unlimited, or the global limit of its direction is unlimited
 * (a group is a slave of the global throttle and limits nothing without one).
 */
record ThrottlePage(String target, boolean kept, List<Line> groups) {

    record Line(String name, String up, String down, int torrents, boolean defined) {}

    static ThrottlePage of(String target, ThrottleGroups groups) {
        return new ThrottlePage(
                target,
                groups.kept(),
                groups.groups().stream()
                        .map(g -> new Line(
                                g.name().value(),
                                limit(g.limits().upBytes()),
                                limit(g.limits().downBytes()),
                                g.torrents(),
                                g.defined()))
                        .toList());
    }

    private static String limit(long bytes) {
        if (bytes == ThrottleLimits.UNKNOWN) {
            return "not defined";
        }
        return bytes == 0 ? "no limit now" : Units.rate(bytes);
    }
}
