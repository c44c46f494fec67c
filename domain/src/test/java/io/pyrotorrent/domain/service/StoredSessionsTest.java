package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemorySessionStore;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.StoredSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sessions written through to a store: what survives a restart, and what must not. */
class StoredSessionsTest {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final TestClock clock = new TestClock();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final Principal alice = new Principal("alice", true, Set.of());
    private Map<String, Principal> accounts = Map.of("alice", alice);

    private SessionService start() {
        return new SessionService(IDLE, clock, store, name -> Optional.ofNullable(accounts.get(name)));
    }

    @Test
    void theStoreHoldsASha256OfTheId_neverTheIdItself() throws Exception {
        var session = start().open(alice, Optional.empty());

        String expected = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(session.id().getBytes(StandardCharsets.US_ASCII)));
        assertThat(store.all()).singleElement().satisfies(stored -> {
            assertThat(stored.idHash()).isEqualTo(expected);
            assertThat(stored.toString() + stored.idHash() + stored.csrfToken()).doesNotContain(session.id());
            assertThat(stored.user()).isEqualTo("alice");
        });
    }

    @Test
    void aRestart_logsNobodyOut() {
        var session = start().open(alice, Optional.empty());
        clock.advance(Duration.ofMinutes(5));

        var afterRestart = start();

        assertThat(afterRestart.find(session.id())).contains(session);
        assertThat(afterRestart.size()).isEqualTo(1);
    }

    @Test
    void logout_endsTheSessionInTheStoreToo() {
        var sessions = start();
        var session = sessions.open(alice, Optional.empty());

        sessions.close(session.id());

        assertThat(store.all()).isEmpty();
        assertThat(start().find(session.id())).isEmpty();
    }

    @Test
    void aNewLogin_replacesTheOldSessionInTheStore() {
        var sessions = start();
        var before = sessions.open(alice, Optional.empty());

        var after = sessions.open(alice, Optional.of(before.id()));

        assertThat(store.all())
                .singleElement()
                .extracting(StoredSession::csrfToken)
                .isEqualTo(after.csrfToken());
        assertThat(start().find(before.id())).isEmpty();
    }

    @Test
    void aSessionIdleTooLongWhileTheServerWasDown_isGoneAfterTheRestart() {
        var session = start().open(alice, Optional.empty());
        clock.advance(IDLE.plusSeconds(1));

        var afterRestart = start();

        assertThat(afterRestart.find(session.id())).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aSessionThatExpiresWhileRunning_leavesTheStore() {
        var sessions = start();
        var session = sessions.open(alice, Optional.empty());
        clock.advance(IDLE.plusSeconds(1));

        assertThat(sessions.find(session.id())).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aUserRemovedFromTheConfig_isLoggedOutByTheRestart() {
        var session = start().open(alice, Optional.empty());
        accounts = Map.of();

        assertThat(start().find(session.id())).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void use_isWrittenAtMostOnceAMinute_soARestoredSessionExpiresEarlyNeverLate() {
        var sessions = start();
        var session = sessions.open(alice, Optional.empty());
        var opened = store.all().get(0).lastSeen();

        clock.advance(Duration.ofSeconds(30));
        sessions.find(session.id());
        assertThat(store.all().get(0).lastSeen()).isEqualTo(opened);

        clock.advance(Duration.ofSeconds(30));
        sessions.find(session.id());
        assertThat(store.all().get(0).lastSeen()).isEqualTo(opened.plusSeconds(60));
    }
}
