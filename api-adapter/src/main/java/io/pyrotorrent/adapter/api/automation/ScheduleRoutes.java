package io.pyrotorrent.adapter.api.automation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.port.in.ManageSchedule;
import java.util.ArrayList;
import java.util.Set;

/**
 * GET /api/v1/automation/schedule/{target}: the target's week; PUT the same path replaces it:
 * {"enabled", "profiles": [{"name", "up", "down"}] (bytes per second, 0 unlimited), "cells": 168
 * profile indexes or -1, Monday 00:00 first, in the server's time zone}.
 */
public final class ScheduleRoutes {

    private final VisibleTargets targets;
    private final ManageSchedule schedules;

    public ScheduleRoutes(VisibleTargets targets, ManageSchedule schedules) {
        this.targets = targets;
        this.schedules = schedules;
    }

    public void get(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        QueryParams.of(ctx, Set.of());
        Replies.json(ctx, write(schedules.schedule(caller, target)));
    }

    public void put(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("enabled", "profiles", "cells"));
        BandwidthSchedule schedule;
        try {
            var profiles = new ArrayList<LimitProfile>();
            for (JsonFields.Item item : body.array("profiles", BandwidthSchedule.MAX_PROFILES)) {
                JsonFields profile = JsonFields.of(item.node(), Set.of("name", "up", "down"));
                profiles.add(new LimitProfile(
                        profile.requiredText("name", LimitProfile.MAX_NAME),
                        profile.wholeNumber("up", 0, LimitProfile.MAX_RATE).orElse(0L),
                        profile.wholeNumber("down", 0, LimitProfile.MAX_RATE).orElse(0L)));
            }
            var cells = new ArrayList<Integer>();
            for (JsonFields.Item item : body.array("cells", BandwidthSchedule.HOURS + 1)) {
                if (!item.node().isInt()) {
                    throw ApiError.badRequest(
                            "cells[" + item.index() + "]: expected a whole number, got " + Json.typeOf(item.node()));
                }
                cells.add(item.node().asInt());
            }
            schedule = new BandwidthSchedule(target, body.flag("enabled").orElse(true), profiles, cells);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        schedules.save(caller, schedule);
        Replies.json(ctx, write(schedules.schedule(caller, target)));
    }

    private static ObjectNode write(BandwidthSchedule schedule) {
        ObjectNode json = Json.object().put("target", schedule.target().value()).put("enabled", schedule.enabled());
        ArrayNode profiles = json.putArray("profiles");
        schedule.profiles()
                .forEach(p -> profiles.addObject()
                        .put("name", p.name())
                        .put("up", p.upBytesPerSecond())
                        .put("down", p.downBytesPerSecond()));
        ArrayNode cells = json.putArray("cells");
        schedule.cells().forEach(cells::add);
        return json;
    }
}
