package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import java.util.List;

/**
 * Where throttle groups outlive an rTorrent restart. rTorrent forgets groups defined over RPC
 * when it stops (and has no command to list them); the managed instance reads them back from a
 * file its rtorrent.rc imports.
 */
public interface ThrottleKeeper {

    /** Whether this target's groups are kept (only the managed instance's are). */
    boolean keeps(TargetName target);

    /** Keeps the group (a later definition of the same name wins). */
    void keep(TargetName target, ThrottleGroup group);

    /** The groups kept for the target. */
    List<ThrottleGroup> kept(TargetName target);

    /** Keeps nothing: for targets pyroTorrent does not start itself. */
    ThrottleKeeper NONE = new ThrottleKeeper() {
        @Override
        public boolean keeps(TargetName target) {
            return false;
        }

        @Override
        public void keep(TargetName target, ThrottleGroup group) {}

        @Override
        public List<ThrottleGroup> kept(TargetName target) {
            return List.of();
        }
    };
}
