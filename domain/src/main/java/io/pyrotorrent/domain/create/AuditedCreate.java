package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every torrent created (and added) through pyroTorrent lands in the audit log, whoever asked. */
public final class AuditedCreate implements CreateTorrents {

    private final CreateTorrents create;
    private final AuditLog log;
    private final Clock clock;

    public AuditedCreate(CreateTorrents create, AuditLog log, Clock clock) {
        this.create = create;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public JobId startCreate(Principal caller, TargetName target, NewTorrent torrent) {
        Instant at = clock.instant();
        String action = "Create" + (torrent.add() ? " and add" : "") + (torrent.privateFlag() ? " private" : "");
        try {
            JobId id = create.startCreate(caller, target, torrent);
            log.record(new AuditEntry(
                    at, caller.name(), target, action, List.of(torrent.source()), "started as job " + id.value()));
            return id;
        } catch (RuntimeException e) {
            log.record(new AuditEntry(
                    at, caller.name(), target, action, List.of(torrent.source()), "failed: " + e.getMessage()));
            throw e;
        }
    }

    @Override
    public Optional<CreatedTorrent> created(Principal caller, JobId id) {
        return create.created(caller, id);
    }
}
