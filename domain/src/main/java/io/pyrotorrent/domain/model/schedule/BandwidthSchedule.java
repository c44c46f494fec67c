package io.pyrotorrent.domain.model.schedule;

import io.pyrotorrent.domain.model.TargetName;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One target's week: 168 hours, Monday 00:00 first, each naming a profile by its index or -1
 * (leave the limits as they are). Read in the server's time zone, as ruTorrent's scheduler does.
 */
public record BandwidthSchedule(TargetName target, boolean enabled, List<LimitProfile> profiles, List<Integer> cells) {

    public static final int HOURS = 7 * 24;
    public static final int MAX_PROFILES = 10;
    public static final int NONE = -1;

    public BandwidthSchedule {
        Objects.requireNonNull(target, "target");
        profiles = List.copyOf(profiles);
        cells = List.copyOf(cells);
        if (profiles.size() > MAX_PROFILES) {
            throw new IllegalArgumentException("profiles: at most " + MAX_PROFILES + ", not " + profiles.size());
        }
        var names = new HashSet<String>();
        for (LimitProfile profile : profiles) {
            if (!names.add(profile.name())) {
                throw new IllegalArgumentException("profiles: the name '" + profile.name() + "' is used twice");
            }
        }
        if (cells.size() != HOURS) {
            throw new IllegalArgumentException("cells: exactly " + HOURS + " hours (7 x 24), not " + cells.size());
        }
        for (int i = 0; i < HOURS; i++) {
            int cell = cells.get(i);
            if (cell < NONE || cell >= profiles.size()) {
                throw new IllegalArgumentException(
                        "cells[" + i + "]: -1 or a profile index 0 to " + (profiles.size() - 1) + ", not " + cell);
            }
        }
    }

    /** A week with no profile in any hour. */
    public static BandwidthSchedule empty(TargetName target) {
        return new BandwidthSchedule(
                target, false, List.of(), new ArrayList<>(java.util.Collections.nCopies(HOURS, NONE)));
    }

    /** The hour of the week a time falls in: 0 for Monday 00:00-00:59. */
    public static int hourOfWeek(ZonedDateTime time) {
        return (time.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * 24 + time.getHour();
    }

    /** The profile for that time, if the schedule is on and the hour names one. */
    public Optional<LimitProfile> at(ZonedDateTime time) {
        int cell = cells.get(hourOfWeek(time));
        return !enabled || cell == NONE ? Optional.empty() : Optional.of(profiles.get(cell));
    }
}
