package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.ReadAudit;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reading the audit log with the same rule as everything else: you see the targets you may use.
 * Admins (a flag of the config's users) see every entry; prunes entries past the retention.
 */
public final class AuditService implements ReadAudit {

    private final AuditLog log;
    private final Predicate<Principal> isAdmin;
    private final Duration keep;
    private final Clock clock;

    public AuditService(AuditLog log, Predicate<Principal> isAdmin, Duration keep, Clock clock) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("audit retention must be positive, not " + keep);
        }
        this.log = log;
        this.isAdmin = isAdmin;
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public List<AuditEntry> read(Principal caller, AuditQuery query) {
        if (isAdmin.test(caller) || caller.allTargets()) {
            return log.find(query);
        }
        Set<TargetName> allowed = new HashSet<>(caller.targets());
        if (!query.targets().isEmpty()) {
            allowed.retainAll(query.targets());
        }
        // An empty set would mean "every target" to the store: nothing allowed is nothing shown.
        return allowed.isEmpty() ? List.of() : log.find(query.withTargets(allowed));
    }

    /** Removes what is older than the retention; run daily. How many entries went. */
    public int prune() {
        return log.pruneBefore(clock.instant().minus(keep));
    }
}
