package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import java.time.Instant;
import java.util.List;

/** The record of every change made through pyroTorrent; kept until retention prunes it. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Entries that match, newest first, at most {@code query.limit()}. */
    List<AuditEntry> find(AuditQuery query);

    /** Removes entries older than {@code before}; how many went. */
    int pruneBefore(Instant before);
}
