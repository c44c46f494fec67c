package io.pyrotorrent.adapter.web.automation;

import io.javalin.http.Context;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule form: profile rows (name, up and down in KiB/s, blank for unlimited; a row without
 * a name is no profile) and the grid as 168 characters, a profile's row number or '-'.
 */
final class ScheduleForm {

    private ScheduleForm() {}

    /** @throws IllegalArgumentException naming the field that is wrong */
    static BandwidthSchedule read(Context ctx, TargetName target) {
        var profiles = new ArrayList<LimitProfile>();
        var rowToIndex = new int[SchedulePage.PROFILE_ROWS];
        for (int row = 0; row < SchedulePage.PROFILE_ROWS; row++) {
            String name = field(ctx, "profile_name_" + row);
            rowToIndex[row] = -1;
            if (!name.isEmpty()) {
                rowToIndex[row] = profiles.size();
                profiles.add(new LimitProfile(
                        name,
                        kib("profile " + name + " up", field(ctx, "profile_up_" + row)),
                        kib("profile " + name + " down", field(ctx, "profile_down_" + row))));
            }
        }
        String text = field(ctx, "cells");
        if (text.length() != BandwidthSchedule.HOURS) {
            throw new IllegalArgumentException("cells: exactly 168 hours, not " + text.length());
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int row = c == '-' ? -1 : c - '0';
            if (c != '-' && (row < 0 || row >= SchedulePage.PROFILE_ROWS)) {
                throw new IllegalArgumentException("cells[" + i + "]: a profile row or '-', not '" + c + "'");
            }
            if (row >= 0 && rowToIndex[row] < 0) {
                throw new IllegalArgumentException("the grid uses profile row " + (row + 1) + ", which has no name");
            }
            cells.add(row < 0 ? BandwidthSchedule.NONE : rowToIndex[row]);
        }
        return new BandwidthSchedule(target, ctx.formParam("enabled") != null, profiles, cells);
    }

    private static long kib(String what, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            long kib = Long.parseLong(text);
            if (kib < 0 || kib > LimitProfile.MAX_RATE / 1024) {
                throw new NumberFormatException();
            }
            return kib * 1024;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": KiB/s from 0 to " + LimitProfile.MAX_RATE / 1024 + ", not '"
                    + (text.length() <= 20 ? text : text.substring(0, 20) + "...") + "'");
        }
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
