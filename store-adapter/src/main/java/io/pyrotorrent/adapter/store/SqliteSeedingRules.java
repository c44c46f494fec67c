package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.seeding.Limits;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.out.SeedingRuleStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Seeding rules in the {@code seeding_rule} table, one row each. */
final class SqliteSeedingRules implements SeedingRuleStore {

    private static final String COLUMNS =
            "id, name, target, scope_kind, scope_value, min_ratio, min_seeding, min_idle, action, max_per_run, enabled";

    private final Database db;

    SqliteSeedingRules(Database db) {
        this.db = db;
    }

    @Override
    public List<SeedingRule> all() {
        return db.call("read the seeding rules", c -> {
            try (var select = c.prepareStatement("SELECT " + COLUMNS + " FROM seeding_rule ORDER BY id");
                    ResultSet rows = select.executeQuery()) {
                var rules = new ArrayList<SeedingRule>();
                while (rows.next()) {
                    rules.add(rule(rows));
                }
                return List.copyOf(rules);
            }
        });
    }

    @Override
    public Optional<SeedingRule> find(long id) {
        return db.call("read a seeding rule", c -> {
            try (var select = c.prepareStatement("SELECT " + COLUMNS + " FROM seeding_rule WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rule(rows)) : Optional.<SeedingRule>empty();
                }
            }
        });
    }

    @Override
    public SeedingRule save(SeedingRule rule) {
        return db.call("save a seeding rule", c -> {
            if (rule.id() == 0) {
                try (var insert = c.prepareStatement(
                        "INSERT INTO seeding_rule (name, target, scope_kind, scope_value, min_ratio, min_seeding,"
                                + " min_idle, action, max_per_run, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(insert, rule);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return rule.withId(keys.getLong(1));
                    }
                }
            }
            try (var update = c.prepareStatement("UPDATE seeding_rule SET name = ?, target = ?, scope_kind = ?,"
                    + " scope_value = ?, min_ratio = ?, min_seeding = ?, min_idle = ?, action = ?, max_per_run = ?,"
                    + " enabled = ? WHERE id = ?")) {
                bind(update, rule);
                update.setLong(11, rule.id());
                update.executeUpdate();
                return rule;
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return db.call("delete a seeding rule", c -> {
            try (var delete = c.prepareStatement("DELETE FROM seeding_rule WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static void bind(PreparedStatement statement, SeedingRule rule) throws SQLException {
        statement.setString(1, rule.name());
        statement.setString(2, rule.target().value());
        if (rule.scope() instanceof RuleScope.OfLabel label) {
            statement.setString(3, "label");
            statement.setString(4, label.label().value());
        } else if (rule.scope() instanceof RuleScope.OfTracker tracker) {
            statement.setString(3, "tracker");
            statement.setString(4, tracker.host());
        } else {
            statement.setString(3, "everything");
            statement.setString(4, "");
        }
        Limits limits = rule.limits();
        if (limits.ratio().isPresent()) {
            statement.setDouble(5, limits.ratio().get());
        } else {
            statement.setNull(5, Types.REAL);
        }
        seconds(statement, 6, limits.seeding());
        seconds(statement, 7, limits.idle());
        statement.setString(8, rule.action().word());
        statement.setInt(9, rule.maxPerRun());
        statement.setInt(10, rule.enabled() ? 1 : 0);
    }

    private static void seconds(PreparedStatement statement, int index, Optional<Duration> time) throws SQLException {
        if (time.isPresent()) {
            statement.setLong(index, time.get().toSeconds());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static SeedingRule rule(ResultSet row) throws SQLException {
        String value = row.getString("scope_value");
        RuleScope scope = switch (row.getString("scope_kind")) {
            case "label" -> new RuleScope.OfLabel(Label.of(value));
            case "tracker" -> new RuleScope.OfTracker(value);
            default -> new RuleScope.Everything();
        };
        double ratio = row.getDouble("min_ratio");
        Optional<Double> minRatio = row.wasNull() ? Optional.empty() : Optional.of(ratio);
        return new SeedingRule(
                row.getLong("id"),
                row.getString("name"),
                TargetName.of(row.getString("target")),
                scope,
                new Limits(minRatio, duration(row, "min_seeding"), duration(row, "min_idle")),
                RuleAction.ofWord(row.getString("action")),
                row.getInt("max_per_run"),
                row.getInt("enabled") == 1);
    }

    private static Optional<Duration> duration(ResultSet row, String column) throws SQLException {
        long seconds = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }
}
