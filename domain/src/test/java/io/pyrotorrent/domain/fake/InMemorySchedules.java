package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.port.out.ScheduleStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ScheduleStore} in a map, by target name as SQLite orders them. */
public final class InMemorySchedules implements ScheduleStore {

    private final Map<String, BandwidthSchedule> schedules = new TreeMap<>();

    @Override
    public synchronized List<BandwidthSchedule> all() {
        return List.copyOf(schedules.values());
    }

    @Override
    public synchronized Optional<BandwidthSchedule> find(TargetName target) {
        return Optional.ofNullable(schedules.get(target.value()));
    }

    @Override
    public synchronized void save(BandwidthSchedule schedule) {
        schedules.put(schedule.target().value(), schedule);
    }
}
