package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.port.out.AuditLog;
import io.pyrotorrent.domain.port.out.FeedStore;
import io.pyrotorrent.domain.port.out.ScheduleStore;
import io.pyrotorrent.domain.port.out.SeedingRuleStore;
import io.pyrotorrent.domain.port.out.SessionStore;
import io.pyrotorrent.domain.port.out.WatchFolderStore;
import io.pyrotorrent.domain.port.out.WebhookStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * What pyroTorrent remembers, in one SQLite file under the data directory: the adapter's one
 * public entry. Opening it brings the schema up to date (Flyway, {@code db/migration}).
 *
 * <p>Why these settings: WAL lets a CLI command (a backup) read while the server writes, and a
 * {@code kill -9} loses at most the transaction being written, never the file; {@code
 * synchronous=FULL} makes a committed change survive a power cut too (one fsync per change is
 * nothing at the rate users make changes); {@code busy_timeout} makes a second process wait for
 * the write lock instead of failing at once.
 */
public final class Store implements AutoCloseable {

    /** The file's name inside the data directory. */
    public static final String FILE_NAME = "pyrotorrent.db";

    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Database db;

    private Store(Database db) {
        this.db = db;
    }

    /** Opens (creating if needed) the store in {@code dataDir}, migrating its schema. */
    public static Store open(Path dataDir) {
        Path file = prepare(dataDir).resolve(FILE_NAME);
        var source = dataSource(file);
        migrate(source, file);
        try {
            Connection connection = source.getConnection();
            return new Store(new Database(connection, file.toString()));
        } catch (SQLException e) {
            throw new StoreException("could not open " + file + ": " + e.getMessage(), e);
        }
    }

    public SessionStore sessions() {
        return new SqliteSessions(db);
    }

    public AuditLog audit() {
        return new SqliteAuditLog(db);
    }

    public FeedStore feeds() {
        return new SqliteFeeds(db);
    }

    public SeedingRuleStore seedingRules() {
        return new SqliteSeedingRules(db);
    }

    public ScheduleStore schedules() {
        return new SqliteSchedules(db);
    }

    public WatchFolderStore watchFolders() {
        return new SqliteWatchFolders(db);
    }

    public WebhookStore webhooks() {
        return new SqliteWebhooks(db);
    }

    /** A consistent copy taken while running; see {@link Backup}. */
    public void backupTo(Path target) {
        Backup.copy(db, target);
    }

    /** {@code ok} for a sound file, otherwise SQLite's list of what is wrong. */
    public String integrityCheck() {
        return db.call("check the file", c -> {
            try (var check = c.createStatement();
                    var rows = check.executeQuery("PRAGMA integrity_check")) {
                var result = new StringBuilder();
                while (rows.next()) {
                    result.append(result.isEmpty() ? "" : "\n").append(rows.getString(1));
                }
                return result.toString();
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }

    private static Path prepare(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("the data directory " + dataDir + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("the data directory " + dataDir + " is not writable by this user");
        }
        return dataDir;
    }

    private static SQLiteDataSource dataSource(Path file) {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        var source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static void migrate(SQLiteDataSource source, Path file) {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("could not bring " + file + " up to date: " + e.getMessage(), e);
        }
    }
}
