package io.pyrotorrent.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing, per user name and per client address. The first few failures
 * are free (typos); after that each one makes both keys wait, twice as long each time up to a cap.
 * An attempt counts as a failure from the moment it starts, so a burst of parallel guesses cannot
 * slip through before the first result is in; a success clears both keys.
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

    /** Keys kept at most; the least recently failed go first, so spraying names cannot fill memory. */
    static final int MAX_KEYS = 10_000;

    private static final int MAX_NAME = 128;

    private final int freeFailures;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Record> records = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginThrottle(int freeFailures, Duration firstWait, Duration maxWait, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        // A key that has been quiet for a while after its last wait starts afresh.
        this.forgetAfter = maxWait.multipliedBy(2);
        this.clock = clock;
    }

    /** The defaults: 5 free failures, then 30 s, doubling up to 15 minutes. */
    static LoginThrottle standard(Clock clock) {
        return new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
    }

    /** How long this name or address must still wait, changing nothing. */
    synchronized Optional<Duration> waiting(String name, String address) {
        Instant now = clock.instant();
        return waitLeft(record(userKey(name), now), record(addressKey(address), now), now);
    }

    /** A wait (nothing may be checked), or a ticket: the attempt is counted as failed until it succeeds. */
    synchronized Admission begin(String name, String address) {
        Instant now = clock.instant();
        Record user = record(userKey(name), now);
        Record from = record(addressKey(address), now);
        Optional<Duration> wait = waitLeft(user, from, now);
        if (wait.isPresent()) {
            return new Wait(wait.get());
        }
        Optional<Duration> userLock = fail(user, now);
        Optional<Duration> addressLock = fail(from, now);
        return new Ticket(Math.max(user.failures, from.failures), userLock.or(() -> addressLock));
    }

    /** The attempt was right: both keys start afresh. */
    synchronized void succeeded(String name, String address) {
        records.remove(userKey(name));
        records.remove(addressKey(address));
    }

    private static Optional<Duration> waitLeft(Record user, Record from, Instant now) {
        Instant until = user.lockedUntil.isAfter(from.lockedUntil) ? user.lockedUntil : from.lockedUntil;
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
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

    private Record record(String key, Instant now) {
        Record record = records.get(key);
        if (record == null
                || (record.lockedUntil.isBefore(now)
                        && record.lastFailure.plus(forgetAfter).isBefore(now))) {
            record = new Record();
            records.put(key, record);
        }
        return record;
    }

    private static String userKey(String name) {
        return "u:" + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
