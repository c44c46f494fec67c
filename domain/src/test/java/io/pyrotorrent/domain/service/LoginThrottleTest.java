package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = LoginThrottle.standard(List.of("alice", "bob"), clock);

    private void failFiveTimes(String name, String address) {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(name, address)).isInstanceOf(LoginThrottle.Ticket.class);
        }
    }

    @Test
    void aLockedUser_staysLocked_whileOthersSprayTwentyThousandNamesAndAddresses() {
        failFiveTimes("alice", "10.0.0.1");

        for (int i = 0; i < 20_000; i++) {
            throttle.begin("spray" + i, "192.0.2." + (i % 250) + "." + i);
        }
        clock.advance(Duration.ofSeconds(5));

        assertThat(throttle.waiting("alice", "198.51.100.77")).contains(Duration.ofSeconds(25));
        assertThat(throttle.begin("alice", "198.51.100.78")).isEqualTo(new LoginThrottle.Wait(Duration.ofSeconds(25)));
    }

    @Test
    void sprayedNamesAndAddresses_areBounded_eachInTheirOwnTable() {
        for (int i = 0; i < 20_000; i++) {
            throttle.begin("spray" + i, "192.0.2." + (i % 250) + "." + i);
        }

        assertThat(throttle.size()).isEqualTo(2 * LoginThrottle.MAX_KEYS);
    }

    @Test
    void anAttemptTurnedAway_createsNoRecord() {
        failFiveTimes("alice", "10.0.0.1");
        int before = throttle.size();

        for (int i = 0; i < 100; i++) {
            var admission = throttle.begin("name" + i, "10.0.0.1");
            assertThat(admission).isInstanceOf(LoginThrottle.Wait.class);
        }
        throttle.waiting("bob", "10.0.0.1");
        throttle.waiting("carol", "203.0.113.1");

        assertThat(throttle.size()).isEqualTo(before);
    }

    @Test
    void aNameThatIsNoUser_isThrottledToo_soTheWaitDoesNotTellWhichNamesExist() {
        failFiveTimes("mallory", "10.0.0.1");

        assertThat(throttle.waiting("mallory", "10.0.0.2")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waiting("alice", "10.0.0.2")).isEmpty();
    }
}
