package io.pyrotorrent.domain.model.audit;

import io.pyrotorrent.domain.model.TargetName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which audit entries to read, newest first. The limit is bounded so that one request can never
 * ask the store for the whole history at once.
 *
 * @param targets entries of these targets only; empty for every target
 */
public record AuditQuery(Optional<String> user, Set<TargetName> targets, Optional<Instant> since, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
        targets = Set.copyOf(targets);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(Optional.empty(), Set.of(), Optional.empty(), limit);
    }

    /** Does this entry pass the filters (the in-memory fake uses the same test the SQL does). */
    public boolean matches(AuditEntry entry) {
        return user.map(entry.user()::equals).orElse(true)
                && (targets.isEmpty() || targets.contains(entry.target()))
                && since.map(s -> !entry.at().isBefore(s)).orElse(true);
    }

    public AuditQuery withTargets(Set<TargetName> only) {
        return new AuditQuery(user, only, since, limit);
    }
}
