package io.pyrotorrent.domain.model.throttle;

import java.util.List;

/**
 * The throttle groups of one target as shown: {@code kept} says whether they survive an rTorrent
 * restart (only on the managed instance, which imports them at start); elsewhere rTorrent forgets
 * them when it stops, unless its own rtorrent.rc defines them.
 */
public record ThrottleGroups(List<Group> groups, boolean kept) {

    public ThrottleGroups {
        groups = List.copyOf(groups);
    }

    /**
     * One group: its limits as rTorrent reads them back (bytes/s) and how many torrents are in it.
     * {@code defined}: false when a torrent names it but rTorrent does not know it (restarted).
     */
    public record Group(ThrottleName name, ThrottleLimits limits, int torrents) {

        public boolean defined() {
            return limits.known();
        }
    }
}
