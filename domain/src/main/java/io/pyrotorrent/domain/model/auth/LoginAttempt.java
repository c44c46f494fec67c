package io.pyrotorrent.domain.model.auth;

import java.time.Duration;
import java.util.Objects;

/** What a name and password got: in, wrong (without saying which part), or not checked at all. */
public sealed interface LoginAttempt {

    record Accepted(Principal principal) implements LoginAttempt {
        public Accepted {
            Objects.requireNonNull(principal, "principal");
        }
    }

    /** Unknown name or wrong password: the same answer for both. */
    record Refused() implements LoginAttempt {}

    /**
     * Too many failures for this name or from this address: the password was not even checked,
     * so guessing on during the wait learns nothing.
     */
    record Throttled(Duration retryAfter) implements LoginAttempt {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** Whole seconds, at least one: what a page or a Retry-After header says. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
