package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.port.out.WebhookStore;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Webhooks in the {@code webhook} table, one row each, events as a comma-separated list of words. */
final class SqliteWebhooks implements WebhookStore {

    private final Database db;

    SqliteWebhooks(Database db) {
        this.db = db;
    }

    @Override
    public List<Webhook> all() {
        return db.call("read the webhooks", c -> {
            try (var select = c.prepareStatement("SELECT id, target, url, events FROM webhook ORDER BY id");
                    ResultSet rows = select.executeQuery()) {
                var hooks = new ArrayList<Webhook>();
                while (rows.next()) {
                    hooks.add(hook(rows));
                }
                return List.copyOf(hooks);
            }
        });
    }

    @Override
    public Optional<Webhook> find(long id) {
        return db.call("read a webhook", c -> {
            try (var select = c.prepareStatement("SELECT id, target, url, events FROM webhook WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(hook(rows)) : Optional.<Webhook>empty();
                }
            }
        });
    }

    @Override
    public Webhook save(Webhook hook) {
        return db.call("save a webhook", c -> {
            if (hook.id() == 0) {
                try (var insert = c.prepareStatement(
                        "INSERT INTO webhook (target, url, events) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(insert, hook);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return hook.withId(keys.getLong(1));
                    }
                }
            }
            try (var update = c.prepareStatement("UPDATE webhook SET target = ?, url = ?, events = ? WHERE id = ?")) {
                bind(update, hook);
                update.setLong(4, hook.id());
                update.executeUpdate();
                return hook;
            }
        });
    }

    @Override
    public void delete(long id) {
        db.call("delete a webhook", c -> {
            try (var delete = c.prepareStatement("DELETE FROM webhook WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Webhook hook) throws SQLException {
        statement.setString(1, hook.target().value());
        statement.setString(2, hook.url().toString());
        statement.setString(
                3, hook.events().stream().map(WebhookEvent::word).sorted().collect(Collectors.joining(",")));
    }

    private static Webhook hook(ResultSet row) throws SQLException {
        return new Webhook(
                row.getLong(1),
                TargetName.of(row.getString(2)),
                URI.create(row.getString(3)),
                Arrays.stream(row.getString(4).split(",")).map(WebhookEvent::of).collect(Collectors.toSet()));
    }
}
