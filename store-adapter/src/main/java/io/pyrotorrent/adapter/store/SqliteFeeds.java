package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedStatus;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.PendingItem;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.port.out.FeedStore;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Feeds, rules and items in the {@code feed}, {@code feed_rule} and {@code feed_item} tables. */
final class SqliteFeeds implements FeedStore {

    private final Database db;

    SqliteFeeds(Database db) {
        this.db = db;
    }

    @Override
    public Feed addFeed(TargetName target, FeedSpec spec) {
        long id = db.call("add a feed", c -> {
            try (var insert =
                    c.prepareStatement("INSERT INTO feed (target, name, url, interval_seconds) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, target.value());
                insert.setString(2, spec.name());
                insert.setString(3, spec.url().toString());
                insert.setLong(4, spec.interval().toSeconds());
                insert.executeUpdate();
            }
            return lastId(c);
        });
        return new Feed(id, target, spec);
    }

    @Override
    public List<Feed> feeds() {
        return db.call("read the feeds", c -> {
            try (var select =
                            c.prepareStatement("SELECT id, target, name, url, interval_seconds FROM feed ORDER BY id");
                    var rows = select.executeQuery()) {
                var feeds = new ArrayList<Feed>();
                while (rows.next()) {
                    feeds.add(feed(rows));
                }
                return List.copyOf(feeds);
            }
        });
    }

    @Override
    public Optional<Feed> feed(long id) {
        return db.call("read a feed", c -> {
            try (var select =
                    c.prepareStatement("SELECT id, target, name, url, interval_seconds FROM feed WHERE id = ?")) {
                select.setLong(1, id);
                try (var rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(feed(rows)) : Optional.<Feed>empty();
                }
            }
        });
    }

    @Override
    public void removeFeed(long id) {
        update("remove a feed", "DELETE FROM feed WHERE id = ?", s -> s.setLong(1, id));
    }

    @Override
    public Rule addRule(long feedId, RuleSpec spec) {
        long id = db.call("add a rule", c -> {
            try (var insert = c.prepareStatement("INSERT INTO feed_rule (feed_id, name, include_regex, exclude_regex,"
                    + " min_bytes, max_bytes, label, directory, start, one_per_episode)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, feedId);
                insert.setString(2, spec.name());
                insert.setString(3, spec.include());
                insert.setString(4, spec.exclude());
                setLong(insert, 5, spec.minBytes());
                setLong(insert, 6, spec.maxBytes());
                insert.setString(7, spec.label().value());
                insert.setString(
                        8, spec.directory().map(DownloadDirectory::path).orElse(null));
                insert.setInt(9, spec.start() ? 1 : 0);
                insert.setInt(10, spec.onePerEpisode() ? 1 : 0);
                insert.executeUpdate();
            }
            return lastId(c);
        });
        return new Rule(id, feedId, spec);
    }

    @Override
    public List<Rule> rules(long feedId) {
        return db.call("read the rules", c -> {
            try (var select = c.prepareStatement("SELECT * FROM feed_rule WHERE feed_id = ? ORDER BY id")) {
                select.setLong(1, feedId);
                try (var rows = select.executeQuery()) {
                    var rules = new ArrayList<Rule>();
                    while (rows.next()) {
                        rules.add(rule(rows));
                    }
                    return List.copyOf(rules);
                }
            }
        });
    }

    @Override
    public void removeRule(long ruleId) {
        update("remove a rule", "DELETE FROM feed_rule WHERE id = ?", s -> s.setLong(1, ruleId));
    }

    @Override
    public FeedStatus status(long feedId) {
        return db.call("read a feed's status", c -> {
            try (var select = c.prepareStatement("SELECT checked_at, last_error, last_items FROM feed WHERE id = ?")) {
                select.setLong(1, feedId);
                try (var rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return FeedStatus.NEVER;
                    }
                    long at = rows.getLong(1);
                    Optional<Instant> checked =
                            rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
                    return new FeedStatus(checked, Optional.ofNullable(rows.getString(2)), rows.getInt(3));
                }
            }
        });
    }

    @Override
    public void checked(long feedId, Instant at, Optional<String> error, int items) {
        update(
                "record a feed check",
                "UPDATE feed SET checked_at = ?, last_error = ?, last_items = ? WHERE id = ?",
                s -> {
                    s.setLong(1, at.toEpochMilli());
                    s.setString(2, error.orElse(null));
                    s.setInt(3, items);
                    s.setLong(4, feedId);
                });
    }

    @Override
    public Optional<ItemState> state(long feedId, String guid) {
        return db.call("read an item", c -> {
            try (var select = c.prepareStatement("SELECT state FROM feed_item WHERE feed_id = ? AND guid = ?")) {
                select.setLong(1, feedId);
                select.setString(2, guid);
                try (var rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(ItemState.valueOf(rows.getString(1)))
                            : Optional.<ItemState>empty();
                }
            }
        });
    }

    @Override
    public boolean episodeTaken(long feedId, String episode) {
        return db.call("look up an episode", c -> {
            try (var select = c.prepareStatement("SELECT 1 FROM feed_item WHERE feed_id = ? AND episode = ?"
                    + " AND state IN ('ADDED', 'PENDING') LIMIT 1")) {
                select.setLong(1, feedId);
                select.setString(2, episode);
                try (var rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public void note(long feedId, String guid, String title, ItemState state, String reason, Instant at) {
        update(
                "note an item",
                "INSERT INTO feed_item (feed_id, guid, title, state, reason, at) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (feed_id, guid) DO UPDATE SET title = excluded.title, state = excluded.state,"
                        + " reason = excluded.reason, at = excluded.at, source = NULL, episode = ''",
                s -> {
                    s.setLong(1, feedId);
                    s.setString(2, guid);
                    s.setString(3, title);
                    s.setString(4, state.name());
                    s.setString(5, reason);
                    s.setLong(6, at.toEpochMilli());
                });
    }

    @Override
    public void intend(PendingItem item, Instant at) {
        update(
                "record the intent to add an item",
                "INSERT INTO feed_item (feed_id, guid, title, state, reason, hash, episode, source, magnet, start, label,"
                        + " directory, at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (feed_id, guid) DO UPDATE SET title = excluded.title, state = 'PENDING',"
                        + " reason = excluded.reason, hash = excluded.hash, episode = excluded.episode,"
                        + " source = excluded.source, magnet = excluded.magnet, start = excluded.start,"
                        + " label = excluded.label, directory = excluded.directory, at = excluded.at",
                s -> {
                    s.setLong(1, item.feedId());
                    s.setString(2, item.guid());
                    s.setString(3, item.title());
                    s.setString(4, item.reason());
                    s.setString(5, item.hash());
                    s.setString(6, item.episode());
                    s.setBytes(7, item.source());
                    s.setInt(8, item.magnet() ? 1 : 0);
                    s.setInt(9, item.options().start() ? 1 : 0);
                    s.setString(10, item.options().label().value());
                    s.setString(
                            11,
                            item.options()
                                    .directory()
                                    .map(DownloadDirectory::path)
                                    .orElse(null));
                    s.setLong(12, at.toEpochMilli());
                });
    }

    @Override
    public void confirm(long feedId, String guid, String reason, Instant at) {
        update(
                "confirm an added item",
                "UPDATE feed_item SET state = 'ADDED', reason = ?, at = ?, source = NULL"
                        + " WHERE feed_id = ? AND guid = ?",
                s -> {
                    s.setString(1, reason);
                    s.setLong(2, at.toEpochMilli());
                    s.setLong(3, feedId);
                    s.setString(4, guid);
                });
    }

    @Override
    public List<PendingItem> pending() {
        return db.call("read pending items", c -> {
            try (var select = c.prepareStatement("SELECT i.*, f.target FROM feed_item i JOIN feed f ON f.id = i.feed_id"
                            + " WHERE i.state = 'PENDING' ORDER BY i.at");
                    var rows = select.executeQuery()) {
                var pending = new ArrayList<PendingItem>();
                while (rows.next()) {
                    pending.add(pendingItem(rows));
                }
                return List.copyOf(pending);
            }
        });
    }

    @Override
    public List<HistoryEntry> history(long feedId, int limit) {
        return db.call("read a feed's history", c -> {
            try (var select = c.prepareStatement("SELECT feed_id, guid, title, state, reason, hash, at FROM feed_item"
                    + " WHERE feed_id = ? ORDER BY at DESC, rowid DESC LIMIT ?")) {
                select.setLong(1, feedId);
                select.setInt(2, limit);
                try (var rows = select.executeQuery()) {
                    var entries = new ArrayList<HistoryEntry>();
                    while (rows.next()) {
                        entries.add(new HistoryEntry(
                                rows.getLong("feed_id"),
                                rows.getString("guid"),
                                rows.getString("title"),
                                ItemState.valueOf(rows.getString("state")),
                                rows.getString("reason"),
                                Optional.ofNullable(rows.getString("hash")),
                                Instant.ofEpochMilli(rows.getLong("at"))));
                    }
                    return List.copyOf(entries);
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String what, String sql, Binder binder) {
        db.call(what, c -> {
            try (var statement = c.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    private static long lastId(java.sql.Connection c) throws SQLException {
        try (var statement = c.createStatement();
                var rows = statement.executeQuery("SELECT last_insert_rowid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void setLong(PreparedStatement statement, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.getAsLong());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static OptionalLong optionalLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Feed feed(ResultSet rows) throws SQLException {
        return new Feed(
                rows.getLong("id"),
                TargetName.of(rows.getString("target")),
                new FeedSpec(
                        rows.getString("name"),
                        URI.create(rows.getString("url")),
                        Duration.ofSeconds(rows.getLong("interval_seconds"))));
    }

    private static Rule rule(ResultSet rows) throws SQLException {
        return new Rule(
                rows.getLong("id"),
                rows.getLong("feed_id"),
                new RuleSpec(
                        rows.getString("name"),
                        rows.getString("include_regex"),
                        rows.getString("exclude_regex"),
                        optionalLong(rows, "min_bytes"),
                        optionalLong(rows, "max_bytes"),
                        Label.of(rows.getString("label")),
                        Optional.ofNullable(rows.getString("directory")).map(DownloadDirectory::of),
                        rows.getInt("start") == 1,
                        rows.getInt("one_per_episode") == 1));
    }

    private static PendingItem pendingItem(ResultSet rows) throws SQLException {
        return new PendingItem(
                rows.getLong("feed_id"),
                TargetName.of(rows.getString("target")),
                rows.getString("guid"),
                rows.getString("title"),
                rows.getString("hash"),
                rows.getBytes("source"),
                rows.getInt("magnet") == 1,
                new AddOptions(
                        rows.getInt("start") == 1,
                        Label.of(rows.getString("label")),
                        Optional.ofNullable(rows.getString("directory")).map(DownloadDirectory::of)),
                rows.getString("episode"),
                rows.getString("reason"));
    }
}
