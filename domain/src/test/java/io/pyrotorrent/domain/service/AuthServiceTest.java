package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.LoginAttempt;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.port.out.LoginEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthServiceTest {

    private final List<String> checkedHashes = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final TestClock clock = new TestClock();
    private final Principal alice = new Principal("alice", false, Set.of(TargetName.of("seedbox")));
    private final AuthService auth = new AuthService(
            List.of(new UserAccount(alice, "hash-of-secret")),
            (password, hash) -> {
                checkedHashes.add(hash);
                return hash.equals("hash-of-" + new String(password));
            },
            "decoy",
            new RecordingEvents(),
            clock);

    @Test
    void theRightPassword_givesTheUserAndTheirTargets() {
        var attempt = auth.logIn("alice", "secret".toCharArray(), "10.0.0.1");

        assertThat(attempt).isEqualTo(new LoginAttempt.Accepted(alice));
        assertThat(alice.mayUse(TargetName.of("seedbox"))).isTrue();
        assertThat(alice.mayUse(TargetName.of("other"))).isFalse();
        assertThat(logged).containsExactly("ok alice from 10.0.0.1");
    }

    @Test
    void aWrongPasswordOrUnknownName_isRefusedAlike_afterTheSameHashCheck() {
        assertThat(auth.logIn("alice", "guess".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Refused());
        assertThat(auth.logIn("mallory", "secret".toCharArray(), "10.0.0.2")).isEqualTo(new LoginAttempt.Refused());
        assertThat(checkedHashes).containsExactly("hash-of-secret", "decoy");
        assertThat(auth.required()).isTrue();
    }

    @Test
    void fiveFailuresForOneUser_makeTheSixthWait_withoutCheckingThePassword_fromAnyAddress() {
        for (int i = 1; i <= 5; i++) {
            auth.logIn("alice", ("guess" + i).toCharArray(), "10.0.0." + i);
        }
        checkedHashes.clear();

        var sixth = auth.logIn("alice", "secret".toCharArray(), "10.9.9.9");

        assertThat(sixth).isEqualTo(new LoginAttempt.Throttled(Duration.ofSeconds(30)));
        assertThat(checkedHashes).isEmpty();
        assertThat(logged)
                .contains(
                        "failed alice from 10.0.0.5 (5 in a row) locked PT30S",
                        "throttled alice from 10.9.9.9 for PT30S");
    }

    @Test
    void fiveFailuresFromOneAddress_makeItWait_whateverTheName() {
        for (int i = 1; i <= 5; i++) {
            auth.logIn("user" + i, "guess".toCharArray(), "203.0.113.7");
        }

        assertThat(auth.logIn("alice", "secret".toCharArray(), "203.0.113.7"))
                .isInstanceOf(LoginAttempt.Throttled.class);
        assertThat(auth.logIn("alice", "secret".toCharArray(), "198.51.100.1"))
                .isEqualTo(new LoginAttempt.Accepted(alice));
    }

    @Test
    void theWait_doublesWithEachFurtherFailure_andEnds() {
        for (int i = 1; i <= 5; i++) {
            auth.logIn("alice", "guess".toCharArray(), "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(auth.logIn("alice", "guess".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Refused());

        assertThat(auth.logIn("alice", "secret".toCharArray(), "10.0.0.1"))
                .isEqualTo(new LoginAttempt.Throttled(Duration.ofSeconds(60)));
        clock.advance(Duration.ofSeconds(61));
        assertThat(auth.logIn("alice", "secret".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Accepted(alice));
    }

    @Test
    void aSuccess_startsTheCountAfresh() {
        for (int i = 1; i <= 4; i++) {
            auth.logIn("alice", "guess".toCharArray(), "10.0.0.1");
        }
        auth.logIn("alice", "secret".toCharArray(), "10.0.0.1");
        for (int i = 1; i <= 4; i++) {
            auth.logIn("alice", "guess".toCharArray(), "10.0.0.1");
        }

        assertThat(logged).doesNotContain("throttled alice from 10.0.0.1 for PT30S");
        assertThat(auth.logIn("alice", "secret2".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Refused());
    }

    @Test
    void aPasswordThatJustMatched_isNotHashedAgain_forAWhile() {
        auth.logIn("alice", "secret".toCharArray(), "10.0.0.1");
        checkedHashes.clear();

        assertThat(auth.logIn("alice", "secret".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Accepted(alice));
        assertThat(checkedHashes).isEmpty();

        clock.advance(RecentLogins.KEEP.plusSeconds(1));
        assertThat(auth.logIn("alice", "secret".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Accepted(alice));
        assertThat(checkedHashes).containsExactly("hash-of-secret");
    }

    @Test
    void aPasswordThatJustMatched_stillWaits_whileItsNameIsThrottled() {
        auth.logIn("alice", "secret".toCharArray(), "10.0.0.1");
        for (int i = 1; i <= 5; i++) {
            auth.logIn("alice", "guess".toCharArray(), "10.0.0.2");
        }

        assertThat(auth.logIn("alice", "secret".toCharArray(), "10.0.0.1")).isInstanceOf(LoginAttempt.Throttled.class);
    }

    @Test
    void aRememberedPassword_isOnlyThatPassword() {
        auth.logIn("alice", "secret".toCharArray(), "10.0.0.1");

        assertThat(auth.logIn("alice", "secreT".toCharArray(), "10.0.0.1")).isEqualTo(new LoginAttempt.Refused());
    }

    /** The port never receives a password, so no log can hold one; this records what it is told. */
    private final class RecordingEvents implements LoginEvents {
        @Override
        public void succeeded(String name, String address) {
            logged.add("ok " + name + " from " + address);
        }

        @Override
        public void failed(String name, String address, int failuresInRow, Optional<Duration> lockedFor) {
            logged.add("failed " + name + " from " + address + " (" + failuresInRow + " in a row)"
                    + lockedFor.map(d -> " locked " + d).orElse(""));
        }

        @Override
        public void throttled(String name, String address, Duration retryAfter) {
            logged.add("throttled " + name + " from " + address + " for " + retryAfter);
        }
    }
}
