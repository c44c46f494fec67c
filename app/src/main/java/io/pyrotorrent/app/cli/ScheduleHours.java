package io.pyrotorrent.app.cli;

import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's words for a week: profiles as {@code NAME=UP:DOWN} (KiB/s, 0 unlimited) and hours as
 * {@code DAYS FROM-TO=PROFILE} ("mon-fri 9-17=day": from 09:00 up to 17:00; "all 0-24=-" clears),
 * later ones painting over earlier ones, as a brush does in the UI's grid.
 */
final class ScheduleHours {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private ScheduleHours() {}

    /** @throws IllegalArgumentException naming the profile that is wrong */
    static LimitProfile profile(String text) {
        int eq = text.lastIndexOf('=');
        String[] rates = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        if (eq <= 0 || rates.length != 2) {
            throw new IllegalArgumentException(
                    "--profile " + text + ": expected NAME=UP:DOWN in KiB/s, 0 for unlimited (night=0:512)");
        }
        return new LimitProfile(text.substring(0, eq).strip(), kib(text, rates[0]), kib(text, rates[1]));
    }

    /** The 168 cells of {@code hours} painted in order over {@code start}. */
    static List<Integer> paint(List<Integer> start, List<LimitProfile> profiles, List<String> hours) {
        var cells = new ArrayList<>(start);
        for (String spec : hours) {
            String[] parts = spec.strip().split("\\s+");
            int eq = parts.length == 2 ? parts[1].indexOf('=') : -1;
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "--at " + spec + ": expected DAYS FROM-TO=PROFILE, for example 'mon-fri 9-17=day'");
            }
            BitSet days = days(spec, parts[0]);
            int[] range = hours(spec, parts[1].substring(0, eq));
            int cell = cell(spec, profiles, parts[1].substring(eq + 1));
            days.stream().forEach(day -> {
                for (int hour = range[0]; hour < range[1]; hour++) {
                    cells.set(day * 24 + hour, cell);
                }
            });
        }
        return cells;
    }

    static List<Integer> empty() {
        return new ArrayList<>(Collections.nCopies(BandwidthSchedule.HOURS, BandwidthSchedule.NONE));
    }

    /** The week as seven lines of 24 characters: a profile's index, or '-' for none. */
    static List<String> grid(List<Integer> cells) {
        var lines = new ArrayList<String>();
        for (int day = 0; day < 7; day++) {
            var line = new StringBuilder(DAYS.get(day)).append(' ');
            for (int hour = 0; hour < 24; hour++) {
                int cell = cells.get(day * 24 + hour);
                line.append(cell == BandwidthSchedule.NONE ? '-' : (char) ('0' + cell));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static BitSet days(String spec, String text) {
        var days = new BitSet(7);
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            if (part.equals("all")) {
                days.set(0, 7);
                continue;
            }
            String[] ends = part.split("-", -1);
            int from = DAYS.indexOf(ends[0]);
            int to = ends.length == 2 ? DAYS.indexOf(ends[1]) : from;
            if (ends.length > 2 || from < 0 || to < from) {
                throw new IllegalArgumentException("--at " + spec + ": days are mon..sun, a range (mon-fri), a list"
                        + " (sat,sun) or all; not '" + part + "'");
            }
            days.set(from, to + 1);
        }
        return days;
    }

    private static int[] hours(String spec, String text) {
        String[] ends = text.split("-", -1);
        try {
            int from = Integer.parseInt(ends[0]);
            int to = Integer.parseInt(ends[ends.length == 2 ? 1 : 0]);
            if (ends.length == 2 && from >= 0 && from < to && to <= 24) {
                return new int[] {from, to};
            }
        } catch (NumberFormatException e) {
            // Said below, with the whole spec.
        }
        throw new IllegalArgumentException(
                "--at " + spec + ": hours are FROM-TO, 0 to 24, FROM before TO (9-17 is 09:00 up to 17:00)");
    }

    private static int cell(String spec, List<LimitProfile> profiles, String name) {
        if (name.equals("-")) {
            return BandwidthSchedule.NONE;
        }
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("--at " + spec + ": no profile named '" + name + "' (profiles: "
                + profiles.stream().map(LimitProfile::name).toList() + "; '-' for none)");
    }

    private static long kib(String profile, String text) {
        try {
            long kib = Long.parseLong(text.strip());
            if (kib >= 0 && kib <= LimitProfile.MAX_RATE / 1024) {
                return kib * 1024;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException("--profile " + profile + ": a rate is a whole number of KiB/s, 0 to "
                + LimitProfile.MAX_RATE / 1024 + " (0 is unlimited), not '" + text + "'");
    }
}
