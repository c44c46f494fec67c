package io.pyrotorrent.domain.model.schedule;

import io.pyrotorrent.domain.model.TargetName;
import java.util.Objects;

/** The profile holding now on a target, for the header ("schedule: night, 10 MB/s up"). */
public record ScheduleNow(TargetName target, LimitProfile profile) {
    public ScheduleNow {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(profile, "profile");
    }
}
