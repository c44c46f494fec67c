package io.pyrotorrent.domain.move;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.MoveData;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every move asked for lands in the audit log, whoever asked: the torrents, where to, and the job
 * that carries it out (or why it was refused at once); the job shows how each torrent ended.
 */
public final class AuditedMove implements MoveData {

    private final MoveData move;
    private final AuditLog log;
    private final Clock clock;

    public AuditedMove(MoveData move, AuditLog log, Clock clock) {
        this.move = move;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public JobId startMove(
            Principal caller,
            TargetName target,
            List<InfoHash> hashes,
            DownloadDirectory destination,
            boolean recheck) {
        Instant at = clock.instant();
        String action = "Move to " + destination.path() + (recheck ? " with recheck" : "");
        List<String> torrents = hashes.stream().map(InfoHash::hex).toList();
        try {
            JobId id = move.startMove(caller, target, hashes, destination, recheck);
            log.record(new AuditEntry(at, caller.name(), target, action, torrents, "started as job " + id.value()));
            return id;
        } catch (RuntimeException e) {
            log.record(new AuditEntry(at, caller.name(), target, action, torrents, "failed: " + e.getMessage()));
            throw e;
        }
    }
}
