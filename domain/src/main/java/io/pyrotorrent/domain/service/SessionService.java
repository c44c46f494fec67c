package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import io.pyrotorrent.domain.model.auth.SessionsFullException;
import io.pyrotorrent.domain.port.in.KeepSessions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory: 256-bit random ids and CSRF tokens, ended by logout or by being idle longer
 * than the configured time. A restart logs everyone out, which is the safe direction.
 *
 * <p>Bounded so that nobody can push anybody else out: a user holds at most {@link #MAX_PER_USER}
 * sessions (a new login ends that user's longest idle one), and at most {@link #MAX_SESSIONS} live
 * in all. When the table is full of other users' live sessions, a new login is refused
 * ({@link SessionsFullException}) rather than ending someone else's session: with the per-user cap
 * that takes 200 users at their cap at once, and it hurts only the one logging in, until sessions
 * end or go idle.
 */
public final class SessionService implements KeepSessions {

    private static final class Live {
        final Session session;
        volatile Instant lastSeen;

        Live(Session session, Instant lastSeen) {
            this.session = session;
            this.lastSeen = lastSeen;
        }
    }

    static final int MAX_SESSIONS = 10_000;
    static final int MAX_PER_USER = 50;
    /** 32 random bytes, base64url without padding. */
    private static final int ID_LENGTH = 43;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Live> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public SessionService(Duration idle, Clock clock) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("a session's idle time must be positive, not " + idle);
        }
        this.idle = idle;
        this.clock = clock;
    }

    /** Serialized, so parallel logins cannot overshoot a cap; {@link #find} stays lock-free. */
    @Override
    public synchronized Session open(Principal principal, Optional<String> replacing) {
        replacing.ifPresent(this::close);
        makeRoomFor(principal);
        var session = new Session(secret(), principal, secret());
        sessions.put(session.id(), new Live(session, clock.instant()));
        return session;
    }

    @Override
    public Optional<Session> find(String id) {
        // Whatever a cookie holds: ours are 43 characters, so anything else is no session.
        if (id == null || id.length() != ID_LENGTH) {
            return Optional.empty();
        }
        Live live = sessions.get(id);
        if (live == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (live.lastSeen.plus(idle).isBefore(now)) {
            sessions.remove(id, live);
            return Optional.empty();
        }
        live.lastSeen = now;
        return Optional.of(live.session);
    }

    @Override
    public void close(String id) {
        sessions.remove(id);
    }

    /** How many sessions are live (for tests and metrics). */
    public int size() {
        return sessions.size();
    }

    /** Ends this user's longest idle sessions beyond their cap, then anybody's idle ones if still full. */
    private void makeRoomFor(Principal principal) {
        List<Live> theirs = sessions.values().stream()
                .filter(live -> live.session.principal().name().equals(principal.name()))
                .sorted(Comparator.comparing(live -> live.lastSeen))
                .toList();
        for (int i = 0; i <= theirs.size() - MAX_PER_USER; i++) {
            sessions.remove(theirs.get(i).session.id(), theirs.get(i));
        }
        if (sessions.size() >= MAX_SESSIONS) {
            Instant now = clock.instant();
            sessions.values().removeIf(live -> live.lastSeen.plus(idle).isBefore(now));
        }
        if (sessions.size() >= MAX_SESSIONS) {
            throw new SessionsFullException(MAX_SESSIONS);
        }
    }

    private String secret() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
