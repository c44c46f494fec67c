package io.pyrotorrent.adapter.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A consistent copy of the store while it runs: SQLite's {@code VACUUM INTO} reads one snapshot
 * (other connections keep writing to the WAL meanwhile) and writes a compact, self-contained
 * file; copying the database file by hand could catch it between a write and its WAL.
 */
final class Backup {

    private Backup() {}

    static void copy(Database db, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        // VACUUM INTO refuses an existing file too, but with a message that names no file.
        if (Files.exists(absolute)) {
            throw new StoreException("the backup file " + absolute + " exists already; choose a new name");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new StoreException("the backup file's directory " + parent + " does not exist");
        }
        db.call("back up to " + absolute, c -> {
            try (var vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, absolute.toString());
                return vacuum.executeUpdate();
            }
        });
    }
}
