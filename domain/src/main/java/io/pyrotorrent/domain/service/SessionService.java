package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import io.pyrotorrent.domain.model.auth.SessionsFullException;
import io.pyrotorrent.domain.model.auth.StoredSession;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.out.SessionStore;
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
import java.util.function.Function;

/**
 * Sessions: 256-bit random ids and CSRF tokens, ended by logout or by being idle longer than the
 * configured time. Held in memory, keyed by a SHA-256 hash of the id, so {@link #find} never waits
 * on a disk; written through to a {@link SessionStore} under the same hash, so a restart logs
 * nobody out while a copy of the store logs nobody in. Read back at start, each user is looked up
 * again in the current accounts: a user removed from the config is out after that restart.
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
        final String idHash;
        final Principal principal;
        final String csrfToken;
        volatile Instant lastSeen;
        /** The last-seen time the store holds: written again once it lags by {@link #WRITE_SEEN_EVERY}. */
        volatile Instant stored;

        Live(String idHash, Principal principal, String csrfToken, Instant lastSeen) {
            this.idHash = idHash;
            this.principal = principal;
            this.csrfToken = csrfToken;
            this.lastSeen = lastSeen;
            this.stored = lastSeen;
        }

        StoredSession toStored() {
            return new StoredSession(idHash, principal.name(), csrfToken, lastSeen);
        }
    }

    static final int MAX_SESSIONS = 10_000;
    static final int MAX_PER_USER = 50;
    /** 32 random bytes, base64url without padding. */
    private static final int ID_LENGTH = 43;
    /**
     * Writing every request's "seen now" would cost a disk write per click; a minute's lag means a
     * session restored after a restart may expire up to a minute early, never late.
     */
    static final Duration WRITE_SEEN_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Live> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;
    private final SessionStore store;

    /** Sessions in memory only: a restart logs everyone out (adapters' own tests use this). */
    public SessionService(Duration idle, Clock clock) {
        this(idle, clock, new NothingStored(), name -> Optional.empty());
    }

    /**
     * Sessions kept in {@code store}; those it holds are restored now, each user looked up by name
     * in {@code accounts} (an unknown name or an idle session is deleted instead).
     */
    public SessionService(
            Duration idle, Clock clock, SessionStore store, Function<String, Optional<Principal>> accounts) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("a session's idle time must be positive, not " + idle);
        }
        this.idle = idle;
        this.clock = clock;
        this.store = store;
        restore(accounts);
    }

    /** Serialized, so parallel logins cannot overshoot a cap; {@link #find} stays lock-free. */
    @Override
    public synchronized Session open(Principal principal, Optional<String> replacing) {
        replacing.ifPresent(this::close);
        makeRoomFor(principal);
        var session = new Session(secret(), principal, secret());
        var live = new Live(SessionHash.of(session.id()), principal, session.csrfToken(), clock.instant());
        store.save(live.toStored());
        sessions.put(live.idHash, live);
        return session;
    }

    @Override
    public Optional<Session> find(String id) {
        // Whatever a cookie holds: ours are 43 characters, so anything else is no session.
        if (id == null || id.length() != ID_LENGTH) {
            return Optional.empty();
        }
        Live live = sessions.get(SessionHash.of(id));
        if (live == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (live.lastSeen.plus(idle).isBefore(now)) {
            end(live);
            return Optional.empty();
        }
        live.lastSeen = now;
        if (!live.stored.plus(WRITE_SEEN_EVERY).isAfter(now)) {
            live.stored = now;
            store.save(live.toStored());
        }
        return Optional.of(new Session(id, live.principal, live.csrfToken));
    }

    @Override
    public void close(String id) {
        if (id != null && id.length() == ID_LENGTH) {
            Live live = sessions.get(SessionHash.of(id));
            if (live != null) {
                end(live);
            }
        }
    }

    /** How many sessions are live (for tests and metrics). */
    public int size() {
        return sessions.size();
    }

    /** Ends this user's longest idle sessions beyond their cap, then anybody's idle ones if still full. */
    private void makeRoomFor(Principal principal) {
        List<Live> theirs = sessions.values().stream()
                .filter(live -> live.principal.name().equals(principal.name()))
                .sorted(Comparator.comparing(live -> live.lastSeen))
                .toList();
        for (int i = 0; i <= theirs.size() - MAX_PER_USER; i++) {
            end(theirs.get(i));
        }
        if (sessions.size() >= MAX_SESSIONS) {
            Instant now = clock.instant();
            List.copyOf(sessions.values()).stream()
                    .filter(live -> live.lastSeen.plus(idle).isBefore(now))
                    .forEach(this::end);
        }
        if (sessions.size() >= MAX_SESSIONS) {
            throw new SessionsFullException(MAX_SESSIONS);
        }
    }

    /** Off the server and out of the store: its cookie is worth nothing after a restart too. */
    private void end(Live live) {
        if (sessions.remove(live.idHash, live)) {
            store.delete(live.idHash);
        }
    }

    private void restore(Function<String, Optional<Principal>> accounts) {
        Instant now = clock.instant();
        for (StoredSession stored : store.all()) {
            Optional<Principal> principal = accounts.apply(stored.user());
            if (principal.isEmpty() || stored.lastSeen().plus(idle).isBefore(now)) {
                store.delete(stored.idHash());
            } else {
                sessions.put(
                        stored.idHash(),
                        new Live(stored.idHash(), principal.get(), stored.csrfToken(), stored.lastSeen()));
            }
        }
    }

    private String secret() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** For sessions in memory only: the cache is the only copy. */
    private static final class NothingStored implements SessionStore {
        @Override
        public void save(StoredSession session) {}

        @Override
        public Optional<StoredSession> find(String idHash) {
            return Optional.empty();
        }

        @Override
        public List<StoredSession> all() {
            return List.of();
        }

        @Override
        public void delete(String idHash) {}
    }
}
