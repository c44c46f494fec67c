package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.removal.RemovalJob;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every removal with data lands in the audit log with what was deleted (files and bytes) and what
 * was kept, one entry per torrent: deleted data cannot be brought back, so the log is the only
 * record of what went. A bulk job logs each torrent as it ends, long after the request returned.
 * A preview changes nothing and is not logged.
 */
public final class AuditedRemoval implements RemoveData {

    static final String ACTION = "RemoveWithData";

    private final RemovalService removal;
    private final AuditTrail trail;

    public AuditedRemoval(RemovalService removal, AuditLog log, Clock clock) {
        this.removal = removal;
        this.trail = new AuditTrail(log, clock);
    }

    @Override
    public RemovalPreview preview(Principal caller, TargetName target, InfoHash hash) {
        return removal.preview(caller, target, hash);
    }

    @Override
    public RemovalResult remove(Principal caller, TargetName target, InfoHash hash) {
        Instant at = trail.now();
        RemovalResult result;
        try {
            result = removal.remove(caller, target, hash);
        } catch (RuntimeException e) {
            trail.record(
                    at,
                    caller,
                    target,
                    List.of(new AuditTrail.Change(ACTION, List.of(hash.hex()), AuditTrail.failed(e))));
            throw e;
        }
        record(at, caller, target, result);
        return result;
    }

    @Override
    public JobId startRemoval(Principal caller, TargetName target, List<InfoHash> hashes) {
        return removal.startRemoval(caller, target, hashes, result -> record(trail.now(), caller, target, result));
    }

    @Override
    public Optional<RemovalJob> job(Principal caller, JobId id) {
        return removal.job(caller, id);
    }

    private void record(Instant at, Principal caller, TargetName target, RemovalResult result) {
        trail.record(
                at,
                caller,
                target,
                List.of(new AuditTrail.Change(ACTION, List.of(result.hash().hex()), words(result))));
    }

    /** "deleted 2 files, 11 bytes: a.bin, b/c.txt; kept 1: link.txt (a symlink...)", or why nothing happened. */
    static String words(RemovalResult result) {
        if (result.refused().isPresent()) {
            return "refused: " + result.refused().get();
        }
        String deleted = "deleted " + result.deleted().size() + " files, " + result.bytesDeleted() + " bytes"
                + (result.deleted().isEmpty()
                        ? ""
                        : ": " + result.deleted().stream().map(DataFile::path).collect(Collectors.joining(", ")));
        if (result.kept().isEmpty()) {
            return deleted;
        }
        return deleted + "; kept " + result.kept().size() + ": "
                + result.kept().stream()
                        .map(kept -> kept.path() + " (" + kept.reason() + ")")
                        .collect(Collectors.joining(", "));
    }
}
