package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import java.util.List;
import java.util.Optional;

/** The bandwidth schedules pyroTorrent keeps, one per target. */
public interface ScheduleStore {

    List<BandwidthSchedule> all();

    Optional<BandwidthSchedule> find(TargetName target);

    /** Replaces the target's schedule whole. */
    void save(BandwidthSchedule schedule);
}
