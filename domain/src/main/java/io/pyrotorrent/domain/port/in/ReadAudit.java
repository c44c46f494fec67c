package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import java.util.List;

/** The audit log as a caller may read it: admins everything, others only their own targets. */
public interface ReadAudit {

    /** Newest first; a filter naming a target the caller may not use matches nothing. */
    List<AuditEntry> read(Principal caller, AuditQuery query);
}
