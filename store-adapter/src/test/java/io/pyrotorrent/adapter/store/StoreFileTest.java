package io.pyrotorrent.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.StoredSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file itself: where it lives, how it is opened, reopened and copied. */
class StoreFileTest {

    private static final AuditEntry ENTRY = new AuditEntry(
            Instant.parse("2026-12-01T10:00:00.123Z"),
            "alice",
            TargetName.of("main"),
            "Add",
            List.of("weird\nname\\.torrent", ""),
            "ok");

    @TempDir
    Path dataDir;

    @Test
    void theFileLivesInTheDataDirectory_inWalMode() throws Exception {
        try (var store = Store.open(dataDir.resolve("nested/data"))) {
            store.audit().record(ENTRY);
        }

        Path file = dataDir.resolve("nested/data/" + Store.FILE_NAME);
        assertThat(file).exists();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void reopening_keepsWhatWasStored_andMigratesOnlyOnce() {
        try (var store = Store.open(dataDir)) {
            store.audit().record(ENTRY);
            store.sessions().save(new StoredSession("a".repeat(64), "alice", "t", ENTRY.at()));
        }

        try (var store = Store.open(dataDir)) {
            assertThat(store.audit().find(AuditQuery.latest(10))).containsExactly(ENTRY);
            assertThat(store.sessions().all()).hasSize(1);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aDataDirectoryThatIsAFile_isRefusedNamingIt() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> Store.open(notADirectory))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the data directory " + notADirectory + " cannot be created");
    }

    @Test
    void aBackupIntoAMissingDirectory_isRefusedNamingIt() {
        Path missing = dataDir.resolve("missing");
        try (var store = Store.open(dataDir)) {
            assertThatThrownBy(() -> store.backupTo(missing.resolve("copy.db")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("directory " + missing + " does not exist");
        }
    }

    @Test
    void aBackupWhileAnotherProcessIsMidWrite_copiesTheLastCommittedState() throws Exception {
        Path copyDir = Files.createDirectory(dataDir.resolve("copy"));
        try (var store = Store.open(dataDir);
                var writer = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Store.FILE_NAME))) {
            store.audit().record(ENTRY);
            writer.setAutoCommit(false);
            writer.createStatement()
                    .executeUpdate("INSERT INTO audit (at, user_name, target, action, torrents, result)"
                            + " VALUES (1, 'bob', 'main', 'Stop', '', 'ok')");

            store.backupTo(copyDir.resolve(Store.FILE_NAME));
            writer.rollback();
        }

        try (var copy = Store.open(copyDir)) {
            assertThat(copy.audit().find(AuditQuery.latest(10))).containsExactly(ENTRY);
        }
    }

    @Test
    void aBackupIntoAFreshDirectory_opensAsAStoreWithTheEntries() throws Exception {
        Path copyDir = Files.createDirectory(dataDir.resolve("copy"));
        try (var store = Store.open(dataDir)) {
            store.audit().record(ENTRY);
            store.backupTo(copyDir.resolve(Store.FILE_NAME));
        }

        try (var copy = Store.open(copyDir)) {
            assertThat(copy.audit().find(AuditQuery.latest(10))).containsExactly(ENTRY);
            assertThat(copy.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aBackupOverAnExistingFile_isRefused_leavingItAlone() throws Exception {
        Path existing = Files.writeString(dataDir.resolve("old.db"), "keep me");
        try (var store = Store.open(dataDir)) {
            assertThatThrownBy(() -> store.backupTo(existing))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("exists already");
        }
        assertThat(existing).hasContent("keep me");
    }
}
