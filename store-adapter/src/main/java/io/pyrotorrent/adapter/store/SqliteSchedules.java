package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.port.out.ScheduleStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Schedules in {@code schedule_profile} (one row per profile) and {@code schedule_grid} (the 168
 * hours as one string of profile positions, '-' for none): a save replaces both in one transaction.
 */
final class SqliteSchedules implements ScheduleStore {

    private final Database db;

    SqliteSchedules(Database db) {
        this.db = db;
    }

    @Override
    public List<BandwidthSchedule> all() {
        return db.call("read the schedules", c -> {
            var targets = new ArrayList<String>();
            try (var select = c.prepareStatement("SELECT target FROM schedule_grid ORDER BY target");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    targets.add(rows.getString(1));
                }
            }
            var schedules = new ArrayList<BandwidthSchedule>();
            for (String target : targets) {
                read(c, target).ifPresent(schedules::add);
            }
            return List.copyOf(schedules);
        });
    }

    @Override
    public Optional<BandwidthSchedule> find(TargetName target) {
        return db.call("read a schedule", c -> read(c, target.value()));
    }

    @Override
    public void save(BandwidthSchedule schedule) {
        db.call("save a schedule", c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                String target = schedule.target().value();
                try (var delete = c.prepareStatement("DELETE FROM schedule_profile WHERE target = ?")) {
                    delete.setString(1, target);
                    delete.executeUpdate();
                }
                try (var insert = c.prepareStatement("INSERT INTO schedule_profile (target, position, name, up_limit,"
                        + " down_limit) VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < schedule.profiles().size(); i++) {
                        LimitProfile profile = schedule.profiles().get(i);
                        insert.setString(1, target);
                        insert.setInt(2, i);
                        insert.setString(3, profile.name());
                        insert.setLong(4, profile.upBytesPerSecond());
                        insert.setLong(5, profile.downBytesPerSecond());
                        insert.executeUpdate();
                    }
                }
                try (var upsert = c.prepareStatement(
                        "INSERT INTO schedule_grid (target, enabled, cells) VALUES (?, ?, ?)"
                                + " ON CONFLICT (target) DO UPDATE SET enabled = excluded.enabled, cells = excluded.cells")) {
                    upsert.setString(1, target);
                    upsert.setInt(2, schedule.enabled() ? 1 : 0);
                    upsert.setString(3, encode(schedule.cells()));
                    upsert.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    private static Optional<BandwidthSchedule> read(Connection c, String target) throws SQLException {
        boolean enabled;
        String cells;
        try (var grid = c.prepareStatement("SELECT enabled, cells FROM schedule_grid WHERE target = ?")) {
            grid.setString(1, target);
            try (ResultSet row = grid.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                enabled = row.getInt(1) == 1;
                cells = row.getString(2);
            }
        }
        var profiles = new ArrayList<LimitProfile>();
        try (var select = c.prepareStatement(
                "SELECT name, up_limit, down_limit FROM schedule_profile WHERE target = ? ORDER BY position")) {
            select.setString(1, target);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    profiles.add(new LimitProfile(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return Optional.of(new BandwidthSchedule(TargetName.of(target), enabled, profiles, decode(cells)));
    }

    private static String encode(List<Integer> cells) {
        var text = new StringBuilder(cells.size());
        cells.forEach(cell -> text.append(cell == BandwidthSchedule.NONE ? '-' : (char) ('0' + cell)));
        return text.toString();
    }

    private static List<Integer> decode(String text) {
        var cells = new ArrayList<Integer>(text.length());
        text.chars().forEach(ch -> cells.add(ch == '-' ? BandwidthSchedule.NONE : ch - '0'));
        return cells;
    }
}
