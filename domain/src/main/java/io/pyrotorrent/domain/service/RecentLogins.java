package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.auth.Principal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Name and password pairs that matched in the last few minutes, so a script sending HTTP Basic with
 * every request does not pay a 600,000-round hash each time. Only a salted SHA-256 of each pair is
 * kept (the salt is random per process), never the password.
 */
final class RecentLogins {

    private record Entry(Principal principal, Instant until) {}

    static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 1_000;

    private final byte[] salt = new byte[32];
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RecentLogins(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    synchronized Optional<Principal> find(String name, char[] password) {
        String key = key(name, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.until().isBefore(clock.instant())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    synchronized void remember(String name, char[] password, Principal principal) {
        entries.put(key(name, password), new Entry(principal, clock.instant().plus(KEEP)));
    }

    private String key(String name, char[] password) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        sha.update(salt);
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        sha.update(bytes.duplicate());
        Arrays.fill(bytes.array(), (byte) 0);
        return HexFormat.of().formatHex(sha.digest());
    }
}
