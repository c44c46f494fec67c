package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.ScheduleNow;
import java.util.List;

/**
 * The weekly bandwidth schedule of each target. A target the caller may not use fails with
 * {@link io.pyrotorrent.domain.model.UnknownTargetException}, like one that does not exist.
 */
public interface ManageSchedule {

    /** The targets the caller may give a schedule, in configuration order. */
    List<TargetName> targets(Principal caller);

    /** The target's schedule; an empty, disabled one when none was saved. */
    BandwidthSchedule schedule(Principal caller, TargetName target);

    /** Keeps it and applies the current hour's profile at once. */
    void save(Principal caller, BandwidthSchedule schedule);

    /** What holds now on each of the caller's targets with a schedule on: the header's line. */
    List<ScheduleNow> now(Principal caller);
}
