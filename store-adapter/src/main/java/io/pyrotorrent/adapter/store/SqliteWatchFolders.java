package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchIntent;
import io.pyrotorrent.domain.port.out.WatchFolderStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Watch folders in {@code watch_folder}, one row per target; intents in {@code watch_intent}. */
final class SqliteWatchFolders implements WatchFolderStore {

    private static final String COLUMNS = "target, directory, label, download_dir, start, enabled";

    private final Database db;

    SqliteWatchFolders(Database db) {
        this.db = db;
    }

    @Override
    public List<WatchFolder> all() {
        return db.call("read the watch folders", c -> {
            try (var select = c.prepareStatement("SELECT " + COLUMNS + " FROM watch_folder ORDER BY target");
                    ResultSet rows = select.executeQuery()) {
                var folders = new ArrayList<WatchFolder>();
                while (rows.next()) {
                    folders.add(folder(rows));
                }
                return List.copyOf(folders);
            }
        });
    }

    @Override
    public Optional<WatchFolder> find(TargetName target) {
        return db.call("read a watch folder", c -> {
            try (var select = c.prepareStatement("SELECT " + COLUMNS + " FROM watch_folder WHERE target = ?")) {
                select.setString(1, target.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(folder(rows)) : Optional.<WatchFolder>empty();
                }
            }
        });
    }

    @Override
    public void save(WatchFolder folder) {
        db.call("save a watch folder", c -> {
            try (var upsert = c.prepareStatement(
                    "INSERT OR REPLACE INTO watch_folder (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                upsert.setString(1, folder.target().value());
                upsert.setString(2, folder.directory());
                upsert.setString(3, folder.label().value());
                if (folder.downloadDirectory().isPresent()) {
                    upsert.setString(4, folder.downloadDirectory().get().path());
                } else {
                    upsert.setNull(4, Types.VARCHAR);
                }
                upsert.setInt(5, folder.start() ? 1 : 0);
                upsert.setInt(6, folder.enabled() ? 1 : 0);
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void delete(TargetName target) {
        db.call("delete a watch folder", c -> {
            try (var delete = c.prepareStatement("DELETE FROM watch_folder WHERE target = ?")) {
                delete.setString(1, target.value());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public void intend(WatchIntent intent) {
        db.call("record a watch folder's add", c -> {
            try (var insert = c.prepareStatement(
                    "INSERT OR REPLACE INTO watch_intent (target, file_name, hash) VALUES (?, ?, ?)")) {
                insert.setString(1, intent.target().value());
                insert.setString(2, intent.fileName());
                insert.setString(3, intent.hash().hex());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<WatchIntent> intents(TargetName target) {
        return db.call("read a watch folder's unsettled adds", c -> {
            try (var select = c.prepareStatement(
                    "SELECT file_name, hash FROM watch_intent WHERE target = ? ORDER BY file_name")) {
                select.setString(1, target.value());
                try (ResultSet rows = select.executeQuery()) {
                    var intents = new ArrayList<WatchIntent>();
                    while (rows.next()) {
                        intents.add(new WatchIntent(target, rows.getString(1), InfoHash.of(rows.getString(2))));
                    }
                    return List.copyOf(intents);
                }
            }
        });
    }

    @Override
    public void settled(TargetName target, String fileName) {
        db.call("settle a watch folder's add", c -> {
            try (var delete = c.prepareStatement("DELETE FROM watch_intent WHERE target = ? AND file_name = ?")) {
                delete.setString(1, target.value());
                delete.setString(2, fileName);
                return delete.executeUpdate();
            }
        });
    }

    private static WatchFolder folder(ResultSet row) throws SQLException {
        return new WatchFolder(
                TargetName.of(row.getString(1)),
                row.getString(2),
                Label.of(row.getString(3)),
                Optional.ofNullable(row.getString(4)).map(DownloadDirectory::of),
                row.getInt(5) == 1,
                row.getInt(6) == 1);
    }
}
