package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what the audited decorators saw. Changes with the same action and the same result are
 * one entry naming all their torrents, so "stop 500 torrents" is one line (and one disk write),
 * not 500.
 */
final class AuditTrail {

    /** One change as it ended: which action, on what, with which result. */
    record Change(String action, List<String> torrents, String result) {}

    /** A failure message is one line of bounded size: it comes from rTorrent or a fetched URL. */
    private static final int MAX_RESULT = 500;

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Instant now() {
        return clock.instant();
    }

    void record(Instant at, Principal caller, TargetName target, List<Change> changes) {
        var grouped = new LinkedHashMap<List<String>, List<String>>();
        for (Change change : changes) {
            grouped.computeIfAbsent(List.of(change.action(), oneLine(change.result())), key -> new ArrayList<>())
                    .addAll(change.torrents());
        }
        for (Map.Entry<List<String>, List<String>> group : grouped.entrySet()) {
            log.record(new AuditEntry(
                    at,
                    caller.name(),
                    target,
                    group.getKey().get(0),
                    group.getValue(),
                    group.getKey().get(1)));
        }
    }

    static String result(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Failure<?> failure) {
            return "failed: " + failure.failure().message();
        }
        return "ok";
    }

    static String failed(RuntimeException e) {
        return "failed: " + e.getMessage();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= MAX_RESULT ? line : line.substring(0, MAX_RESULT) + "...";
    }
}
