package io.pyrotorrent.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What pyroTorrent keeps on disk, and for how long.
 *
 * @param dataDir       the directory of the store's SQLite file (sessions, audit log); created on start
 * @param auditKeepDays audit entries older than this many days are pruned, once a day
 */
public record StoreConfig(Path dataDir, int auditKeepDays) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final int DEFAULT_AUDIT_KEEP_DAYS = 90;
    /** Ten years: a larger number is a typo, and would overflow nothing but surprise everyone. */
    static final int MAX_AUDIT_KEEP_DAYS = 3650;

    static final String EXPECTED_DATA_DIR = "a directory path like ./data or /var/lib/pyrotorrent";
    static final String EXPECTED_KEEP_DAYS = "a number of days between 1 and " + MAX_AUDIT_KEEP_DAYS;

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (auditKeepDays < 1 || auditKeepDays > MAX_AUDIT_KEEP_DAYS) {
            throw new IllegalArgumentException("expected " + EXPECTED_KEEP_DAYS + ", got " + auditKeepDays);
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_DATA_DIR, DEFAULT_AUDIT_KEEP_DAYS);
    }

    /** Refuses what is surely a mistake: empty, blank, or holding characters no sane path has. */
    static Path dataDir(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("the data directory is empty; expected " + EXPECTED_DATA_DIR);
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(
                    Quoted.of(text) + " holds control characters; expected " + EXPECTED_DATA_DIR);
        }
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(Quoted.of(text) + " is not a path: " + e.getReason(), e);
        }
    }
}
