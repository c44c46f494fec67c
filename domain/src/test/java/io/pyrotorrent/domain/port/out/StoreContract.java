package io.pyrotorrent.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.StoredSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, written once: run against the in-memory fakes here and against the
 * real SQLite file in the store adapter, so what passes on the fake passes on the real thing.
 */
public abstract class StoreContract {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final TargetName MAIN = TargetName.of("main");
    private static final TargetName OTHER = TargetName.of("other");

    protected abstract SessionStore sessions();

    protected abstract AuditLog audit();

    static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void aSavedSession_isFoundByItsHash_andListed() {
        var session = new StoredSession(hash('a'), "alice", "token", T0);

        sessions().save(session);

        assertThat(sessions().find(hash('a'))).contains(session);
        assertThat(sessions().find(hash('b'))).isEmpty();
        assertThat(sessions().all()).containsExactly(session);
    }

    @Test
    void savingAgain_replacesTheSession() {
        var session = new StoredSession(hash('a'), "alice", "token", T0);
        sessions().save(session);

        sessions().save(session.seenAt(T0.plusSeconds(90)));

        assertThat(sessions().find(hash('a'))).contains(session.seenAt(T0.plusSeconds(90)));
        assertThat(sessions().all()).hasSize(1);
    }

    @Test
    void aDeletedSession_isGone_andDeletingAnUnknownOneIsHarmless() {
        sessions().save(new StoredSession(hash('a'), "alice", "token", T0));
        sessions().save(new StoredSession(hash('b'), "bob", "token2", T0));

        sessions().delete(hash('a'));
        sessions().delete(hash('c'));

        assertThat(sessions().find(hash('a'))).isEmpty();
        assertThat(sessions().all()).extracting(StoredSession::user).containsExactly("bob");
    }

    @Test
    void auditEntries_comeBackNewestFirst_withEveryField() {
        var first = entry(T0, "alice", MAIN, "Stop");
        var second = new AuditEntry(T0.plusSeconds(1), "bob", OTHER, "Add", List.of("a.torrent", "b"), "failed: x");
        audit().record(first);
        audit().record(second);

        assertThat(audit().find(AuditQuery.latest(10))).containsExactly(second, first);
        assertThat(audit().find(AuditQuery.latest(1))).containsExactly(second);
    }

    @Test
    void auditEntries_filterByUserTargetsAndSince() {
        var old = entry(T0, "alice", MAIN, "Stop");
        var bobs = entry(T0.plusSeconds(5), "bob", MAIN, "Start");
        var other = entry(T0.plusSeconds(10), "alice", OTHER, "Erase");
        List.of(old, bobs, other).forEach(audit()::record);

        var byUser = new AuditQuery(Optional.of("alice"), Set.of(), Optional.empty(), 10);
        var byTarget = new AuditQuery(Optional.empty(), Set.of(MAIN), Optional.empty(), 10);
        var since = new AuditQuery(Optional.empty(), Set.of(), Optional.of(T0.plusSeconds(5)), 10);
        var both = new AuditQuery(Optional.empty(), Set.of(MAIN, OTHER), Optional.empty(), 10);

        assertThat(audit().find(byUser)).containsExactly(other, old);
        assertThat(audit().find(byTarget)).containsExactly(bobs, old);
        assertThat(audit().find(since)).containsExactly(other, bobs);
        assertThat(audit().find(both)).containsExactly(other, bobs, old);
    }

    @Test
    void pruning_removesOnlyEntriesOlderThanTheCutOff() {
        audit().record(entry(T0, "alice", MAIN, "Stop"));
        var kept = entry(T0.plusSeconds(60), "alice", MAIN, "Start");
        audit().record(kept);

        int removed = audit().pruneBefore(T0.plusSeconds(60));

        assertThat(removed).isEqualTo(1);
        assertThat(audit().find(AuditQuery.latest(10))).containsExactly(kept);
    }

    private static AuditEntry entry(Instant at, String user, TargetName target, String action) {
        return new AuditEntry(at, user, target, action, List.of("0123456789abcdef0123456789abcdef01234567"), "ok");
    }
}
