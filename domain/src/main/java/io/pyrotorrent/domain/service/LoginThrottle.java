package io.pyrotorrent.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slows down password guessing, per user name and per client address. The first few failures
 * are free (typos); after that each one makes both keys wait, twice as long each time up to a cap.
 * An attempt counts as a failure from the moment it starts, so a burst of parallel guesses cannot
 * slip through before the first result is in; a success clears both keys.
 *
 * <p>Records live in three tables so that nobody's attempts can push out a lock that matters. The
 * configured users' records are never evicted (there are only as many as users); names that are no
 * user and addresses each have their own bounded table, where the least recently failed go first,
 * so spraying made-up names or addresses fills only those. An attempt that is turned away creates
 * no record at all.
 */
final class LoginThrottle {

    /** Whether an attempt may be checked at all. */
    sealed interface Admission {}

    /** Not now: the name or the address waits this long still. */
    record Wait(Duration left) implements Admission {}

    /** Go ahead; this is its place in the row of failures, and the wait it started, if it fails. */
    record Ticket(int failuresInRow, Optional<Duration> lockedFor) implements Admission {}

    private static final class Record {
        int failures;
        Instant lockedUntil = Instant.MIN;
        Instant lastFailure = Instant.MIN;
    }

    /** Unknown names, and addresses, kept at most each, so spraying them cannot fill memory. */
    static final int MAX_KEYS = 10_000;

    private static final int MAX_NAME = 128;

    private final int freeFailures;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Set<String> users;
    private final Map<String, Record> userRecords = new HashMap<>();
    private final Map<String, Record> strangerRecords = leastRecentlyFailedFirst();
    private final Map<String, Record> addressRecords = leastRecentlyFailedFirst();

    LoginThrottle(Collection<String> users, int freeFailures, Duration firstWait, Duration maxWait, Clock clock) {
        this.users = Set.copyOf(users);
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        // A key that has been quiet for a while after its last wait starts afresh.
        this.forgetAfter = maxWait.multipliedBy(2);
        this.clock = clock;
    }

    /** The defaults for these configured user names: 5 free failures, then 30 s, doubling up to 15 minutes. */
    static LoginThrottle standard(Collection<String> users, Clock clock) {
        return new LoginThrottle(users, 5, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
    }

    /** How long this name or address must still wait, changing nothing. */
    synchronized Optional<Duration> waiting(String name, String address) {
        Instant now = clock.instant();
        return waitLeft(nameRecords(name).get(nameKey(name)), addressRecords.get(address), now);
    }

    /** A wait (nothing may be checked), or a ticket: the attempt is counted as failed until it succeeds. */
    synchronized Admission begin(String name, String address) {
        Instant now = clock.instant();
        Map<String, Record> names = nameRecords(name);
        Optional<Duration> wait = waitLeft(names.get(nameKey(name)), addressRecords.get(address), now);
        if (wait.isPresent()) {
            return new Wait(wait.get());
        }
        Record user = record(names, nameKey(name), now);
        Record from = record(addressRecords, address, now);
        Optional<Duration> userLock = fail(user, now);
        Optional<Duration> addressLock = fail(from, now);
        return new Ticket(Math.max(user.failures, from.failures), userLock.or(() -> addressLock));
    }

    /** The attempt was right: both keys start afresh. */
    synchronized void succeeded(String name, String address) {
        nameRecords(name).remove(nameKey(name));
        addressRecords.remove(address);
    }

    /** Records held in all three tables (for tests). */
    synchronized int size() {
        return userRecords.size() + strangerRecords.size() + addressRecords.size();
    }

    private Map<String, Record> nameRecords(String name) {
        return users.contains(name) ? userRecords : strangerRecords;
    }

    private static Optional<Duration> waitLeft(Record user, Record from, Instant now) {
        Instant until = lockedUntil(user).isAfter(lockedUntil(from)) ? lockedUntil(user) : lockedUntil(from);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private static Instant lockedUntil(Record record) {
        return record == null ? Instant.MIN : record.lockedUntil;
    }

    private Optional<Duration> fail(Record record, Instant now) {
        record.failures++;
        record.lastFailure = now;
        if (record.failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(record.failures - freeFailures, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        wait = wait.compareTo(maxWait) > 0 ? maxWait : wait;
        record.lockedUntil = now.plus(wait);
        return Optional.of(wait);
    }

    private Record record(Map<String, Record> records, String key, Instant now) {
        Record record = records.get(key);
        if (record == null
                || (record.lockedUntil.isBefore(now)
                        && record.lastFailure.plus(forgetAfter).isBefore(now))) {
            record = new Record();
            records.put(key, record);
        }
        return record;
    }

    private static String nameKey(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static Map<String, Record> leastRecentlyFailedFirst() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
