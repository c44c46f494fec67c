package io.pyrotorrent.domain.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * What the login throttle wants recorded (a log, in the app). It never receives the password,
 * so no implementation can log one.
 */
public interface LoginEvents {

    void succeeded(String name, String clientAddress);

    /** A wrong name or password; {@code lockedFor} when this failure started a wait. */
    void failed(String name, String clientAddress, int failuresInRow, Optional<Duration> lockedFor);

    /** An attempt refused unchecked because the name or the address is waiting. */
    void throttled(String name, String clientAddress, Duration retryAfter);

    LoginEvents NONE = new LoginEvents() {
        @Override
        public void succeeded(String name, String clientAddress) {}

        @Override
        public void failed(String name, String clientAddress, int failuresInRow, Optional<Duration> lockedFor) {}

        @Override
        public void throttled(String name, String clientAddress, Duration retryAfter) {}
    };
}
