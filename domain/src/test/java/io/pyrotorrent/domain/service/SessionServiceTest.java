package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.SessionsFullException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private final TestClock clock = new TestClock();
    private final SessionService sessions = new SessionService(Duration.ofMinutes(30), clock);
    private final Principal alice = new Principal("alice", true, Set.of());

    @Test
    void anOpenedSession_isFoundByItsId_withItsOwnCsrfToken() {
        var session = sessions.open(alice, Optional.empty());

        assertThat(sessions.find(session.id())).contains(session);
        assertThat(session.id()).hasSize(43).isNotEqualTo(session.csrfToken());
        assertThat(session.csrfToken()).hasSize(43);
        assertThat(sessions.find("made-up")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find(session.id() + "x")).isEmpty();
    }

    @Test
    void idsAndTokens_areNeverReused() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var session = sessions.open(alice, Optional.empty());
            assertThat(seen.add(session.id())).isTrue();
            assertThat(seen.add(session.csrfToken())).isTrue();
        }
    }

    @Test
    void aSessionIdleLongerThanTheLimit_isGone_whileOneInUseStays() {
        var idle = sessions.open(alice, Optional.empty());
        var busy = sessions.open(alice, Optional.empty());

        clock.advance(Duration.ofMinutes(20));
        sessions.find(busy.id());
        clock.advance(Duration.ofMinutes(20));

        assertThat(sessions.find(idle.id())).isEmpty();
        assertThat(sessions.find(busy.id())).contains(busy);
    }

    @Test
    void loggingInAgain_endsTheSessionItReplaces() {
        var before = sessions.open(alice, Optional.empty());

        var after = sessions.open(alice, Optional.of(before.id()));

        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(sessions.find(before.id())).isEmpty();
        assertThat(sessions.find(after.id())).contains(after);
    }

    @Test
    void closing_endsTheSessionOnTheServer() {
        var session = sessions.open(alice, Optional.empty());

        sessions.close(session.id());

        assertThat(sessions.find(session.id())).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void theNumberOfSessions_isBounded_theLongestIdleGoingFirst() {
        var oldest = sessions.open(alice, Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        for (int i = 1; i < SessionService.MAX_PER_USER; i++) {
            sessions.open(alice, Optional.empty());
        }
        // The rest of the table is other users' (alice's own logins only ever replace her own).
        fillWithOtherUsers(SessionService.MAX_PER_USER);

        var newest = sessions.open(alice, Optional.empty());

        assertThat(sessions.size()).isEqualTo(SessionService.MAX_SESSIONS);
        assertThat(sessions.find(oldest.id())).isEmpty();
        assertThat(sessions.find(newest.id())).contains(newest);
    }

    @Test
    void oneUserLoggingInOverAndOver_neverEndsAnotherUsersSession() {
        var bob = sessions.open(new Principal("bob", false, Set.of()), Optional.empty());
        clock.advance(Duration.ofSeconds(1));

        for (int i = 0; i < SessionService.MAX_SESSIONS + 50; i++) {
            sessions.open(alice, Optional.empty());
        }

        assertThat(sessions.find(bob.id())).contains(bob);
    }

    @Test
    void aUserHoldsAtMostFiftySessions_theLongestIdleOfTheirsGoingFirst() {
        var oldest = sessions.open(alice, Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        var second = sessions.open(alice, Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        for (int i = 2; i < SessionService.MAX_PER_USER; i++) {
            sessions.open(alice, Optional.empty());
        }
        sessions.find(oldest.id());

        var newest = sessions.open(alice, Optional.empty());

        assertThat(sessions.size()).isEqualTo(SessionService.MAX_PER_USER);
        assertThat(sessions.find(second.id())).isEmpty();
        assertThat(sessions.find(oldest.id())).contains(oldest);
        assertThat(sessions.find(newest.id())).contains(newest);
    }

    @Test
    void aTableFullOfOtherUsersLiveSessions_refusesTheNewLogin_endingNobodys() {
        var first = sessions.open(new Principal("user0", false, Set.of()), Optional.empty());
        fillWithOtherUsers(1);

        assertThatThrownBy(() -> sessions.open(alice, Optional.empty()))
                .isInstanceOf(SessionsFullException.class)
                .hasMessageContaining("all " + SessionService.MAX_SESSIONS + " sessions are in use");
        assertThat(sessions.size()).isEqualTo(SessionService.MAX_SESSIONS);
        assertThat(sessions.find(first.id())).contains(first);
    }

    @Test
    void aTableFullOfSessionsIdleTooLong_makesRoomByEndingThem() {
        fillWithOtherUsers(0);
        clock.advance(Duration.ofMinutes(31));

        var session = sessions.open(alice, Optional.empty());

        assertThat(sessions.find(session.id())).contains(session);
        assertThat(sessions.size()).isEqualTo(1);
    }

    private void fillWithOtherUsers(int from) {
        for (int i = from; i < SessionService.MAX_SESSIONS; i++) {
            sessions.open(new Principal("user" + (i / SessionService.MAX_PER_USER), false, Set.of()), Optional.empty());
        }
    }

    @Test
    void anIdleTimeOfZero_isRefused() {
        assertThatThrownBy(() -> new SessionService(Duration.ZERO, clock)).hasMessageContaining("positive");
    }
}
