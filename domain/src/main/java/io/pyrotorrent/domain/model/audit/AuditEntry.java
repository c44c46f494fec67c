package io.pyrotorrent.domain.model.audit;

import io.pyrotorrent.domain.model.TargetName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One change made through pyroTorrent, as the audit log keeps it.
 *
 * @param at       when it was asked for, to the millisecond (what the store keeps)
 * @param user     who asked (the CLI and a server without users act as "local")
 * @param target   which rTorrent instance
 * @param action   what, in words ("Stop", "Add", "SetLabel label=linux")
 * @param torrents which torrents, by info-hash or, for an add, the source as the user named it
 * @param result   how it ended ("ok", "failed: ..."), one line
 */
public record AuditEntry(
        Instant at, String user, TargetName target, String action, List<String> torrents, String result) {

    public AuditEntry {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        torrents = List.copyOf(torrents);
    }
}
