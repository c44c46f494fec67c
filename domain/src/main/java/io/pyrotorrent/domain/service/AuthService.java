package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.auth.LoginAttempt;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.out.LoginEvents;
import io.pyrotorrent.domain.port.out.PasswordVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Users from the config. An unknown name costs a hash check too, so timing reveals nothing; the
 * throttle answers before any check once a name or an address keeps failing; a password that
 * matched a moment ago is not hashed again (scripts send HTTP Basic with every request), but waits
 * like any other while its name or address is throttled.
 */
public final class AuthService implements Authenticate {

    /** Verified against when the name is unknown, so both cases take as long. */
    private final String decoyHash;

    private final List<UserAccount> users;
    private final PasswordVerifier verifier;
    private final LoginThrottle throttle;
    private final RecentLogins recent;
    private final LoginEvents events;

    public AuthService(
            List<UserAccount> users, PasswordVerifier verifier, String decoyHash, LoginEvents events, Clock clock) {
        this(
                users,
                verifier,
                decoyHash,
                events,
                LoginThrottle.standard(
                        users.stream().map(u -> u.principal().name()).toList(), clock),
                new RecentLogins(clock));
    }

    AuthService(
            List<UserAccount> users,
            PasswordVerifier verifier,
            String decoyHash,
            LoginEvents events,
            LoginThrottle throttle,
            RecentLogins recent) {
        this.users = List.copyOf(users);
        this.verifier = verifier;
        this.decoyHash = decoyHash;
        this.events = events;
        this.throttle = throttle;
        this.recent = recent;
    }

    @Override
    public boolean required() {
        return !users.isEmpty();
    }

    @Override
    public LoginAttempt logIn(String name, char[] password, String clientAddress) {
        // The wait comes first, even for a password that matched a moment ago: otherwise a right
        // guess would still be told apart from a wrong one while the name is locked.
        Optional<Duration> waiting = throttle.waiting(name, clientAddress);
        if (waiting.isPresent()) {
            events.throttled(name, clientAddress, waiting.get());
            return new LoginAttempt.Throttled(waiting.get());
        }
        Optional<Principal> known = recent.find(name, password);
        if (known.isPresent()) {
            return new LoginAttempt.Accepted(known.get());
        }
        LoginThrottle.Admission admission = throttle.begin(name, clientAddress);
        if (admission instanceof LoginThrottle.Wait wait) {
            events.throttled(name, clientAddress, wait.left());
            return new LoginAttempt.Throttled(wait.left());
        }
        var ticket = (LoginThrottle.Ticket) admission;
        Optional<UserAccount> user =
                users.stream().filter(u -> u.principal().name().equals(name)).findFirst();
        boolean matches =
                verifier.matches(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isPresent() && matches) {
            throttle.succeeded(name, clientAddress);
            recent.remember(name, password, user.get().principal());
            events.succeeded(name, clientAddress);
            return new LoginAttempt.Accepted(user.get().principal());
        }
        events.failed(name, clientAddress, ticket.failuresInRow(), ticket.lockedFor());
        return new LoginAttempt.Refused();
    }
}
