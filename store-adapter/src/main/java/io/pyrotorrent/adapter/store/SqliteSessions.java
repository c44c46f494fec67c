package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.auth.StoredSession;
import io.pyrotorrent.domain.port.out.SessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sessions in the {@code session} table, keyed by the hash of their id. */
final class SqliteSessions implements SessionStore {

    private static final String COLUMNS = "id_hash, user_name, csrf_token, last_seen";

    private final Database db;

    SqliteSessions(Database db) {
        this.db = db;
    }

    @Override
    public void save(StoredSession session) {
        db.call("save a session", c -> {
            try (var insert =
                    c.prepareStatement("INSERT OR REPLACE INTO session (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
                insert.setString(1, session.idHash());
                insert.setString(2, session.user());
                insert.setString(3, session.csrfToken());
                insert.setLong(4, session.lastSeen().toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredSession> find(String idHash) {
        return db.call("read a session", c -> {
            try (var select = c.prepareStatement("SELECT " + COLUMNS + " FROM session WHERE id_hash = ?")) {
                select.setString(1, idHash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(session(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<StoredSession> all() {
        return db.call("read the sessions", c -> {
            try (var select = c.prepareStatement("SELECT " + COLUMNS + " FROM session");
                    ResultSet rows = select.executeQuery()) {
                var sessions = new ArrayList<StoredSession>();
                while (rows.next()) {
                    sessions.add(session(rows));
                }
                return List.copyOf(sessions);
            }
        });
    }

    @Override
    public void delete(String idHash) {
        db.call("delete a session", c -> {
            try (var delete = c.prepareStatement("DELETE FROM session WHERE id_hash = ?")) {
                delete.setString(1, idHash);
                return delete.executeUpdate();
            }
        });
    }

    private static StoredSession session(ResultSet row) throws SQLException {
        return new StoredSession(
                row.getString("id_hash"),
                row.getString("user_name"),
                row.getString("csrf_token"),
                Instant.ofEpochMilli(row.getLong("last_seen")));
    }
}
