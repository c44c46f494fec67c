package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log in the {@code audit} table; filters become a WHERE clause on indexed columns. */
final class SqliteAuditLog implements AuditLog {

    private final Database db;

    SqliteAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        db.call("record an audit entry", c -> {
            try (var insert = c.prepareStatement(
                    "INSERT INTO audit (at, user_name, target, action, torrents, result) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, entry.at().toEpochMilli());
                insert.setString(2, entry.user());
                insert.setString(3, entry.target().value());
                insert.setString(4, entry.action());
                insert.setString(5, TorrentList.encode(entry.torrents()));
                insert.setString(6, entry.result());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        var where = new StringBuilder("WHERE 1 = 1");
        var values = new ArrayList<Object>();
        query.user().ifPresent(user -> {
            where.append(" AND user_name = ?");
            values.add(user);
        });
        if (!query.targets().isEmpty()) {
            where.append(" AND target IN (")
                    .append("?, ".repeat(query.targets().size() - 1))
                    .append("?)");
            query.targets().forEach(target -> values.add(target.value()));
        }
        query.since().ifPresent(since -> {
            where.append(" AND at >= ?");
            values.add(since.toEpochMilli());
        });
        String sql = "SELECT at, user_name, target, action, torrents, result FROM audit " + where
                + " ORDER BY at DESC, seq DESC LIMIT " + query.limit();
        return db.call("read the audit log", c -> {
            try (var select = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    select.setObject(i + 1, values.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    var entries = new ArrayList<AuditEntry>();
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                    return List.copyOf(entries);
                }
            }
        });
    }

    @Override
    public int pruneBefore(Instant before) {
        return db.call("prune the audit log", c -> {
            try (var delete = c.prepareStatement("DELETE FROM audit WHERE at < ?")) {
                delete.setLong(1, before.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(
                Instant.ofEpochMilli(row.getLong("at")),
                row.getString("user_name"),
                TargetName.of(row.getString("target")),
                row.getString("action"),
                TorrentList.decode(row.getString("torrents")),
                row.getString("result"));
    }
}
