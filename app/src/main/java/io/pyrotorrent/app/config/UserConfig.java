package io.pyrotorrent.app.config;

import io.pyrotorrent.domain.model.TargetName;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone who may log in, and which targets they may see.
 *
 * @param passwordHash the stored hash, never the password itself
 * @param targets      target names, or {@link #ALL_TARGETS} for every target
 * @param admin        sees every target's series in /metrics, not only those of its targets
 */
public record UserConfig(String name, String passwordHash, List<String> targets, boolean admin) {

    public static final String ALL_TARGETS = "*";
    static final String EXPECTED_NAME = "a user name of 1-64 characters without spaces or ':'";

    /** ':' separates name from password in HTTP Basic credentials, so it cannot be part of a name. */
    private static final Pattern NAME = Pattern.compile("(?U)[^\\s\\p{Cntrl}:]{1,64}");

    public UserConfig {
        requireName(name);
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (passwordHash.isBlank()) {
            throw new IllegalArgumentException("user " + name + ": expected a password hash, got an empty one");
        }
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("user " + name + ": expected at least one target or \"*\"");
        }
    }

    /** Not an admin: what a user is unless the config says {@code admin: true}. */
    public UserConfig(String name, String passwordHash, List<String> targets) {
        this(name, passwordHash, targets, false);
    }

    public boolean mayUse(TargetName target) {
        return targets.contains(ALL_TARGETS) || targets.contains(target.value());
    }

    static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(Quoted.of(name) + " is not a user name; expected " + EXPECTED_NAME);
        }
        return name;
    }
}
