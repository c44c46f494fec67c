-- RSS/Atom feeds per target, their rules, and the latest word on every item seen.
CREATE TABLE feed (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    target           TEXT NOT NULL,
    name             TEXT NOT NULL,
    url              TEXT NOT NULL,
    interval_seconds INTEGER NOT NULL,
    checked_at       INTEGER,          -- epoch milliseconds of the last check
    last_error       TEXT,             -- why the last check failed; NULL when it went well
    last_items       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_rule (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_id         INTEGER NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    include_regex   TEXT NOT NULL,
    exclude_regex   TEXT NOT NULL,
    min_bytes       INTEGER,
    max_bytes       INTEGER,
    label           TEXT NOT NULL,
    directory       TEXT,
    start           INTEGER NOT NULL,  -- 1 started, 0 paused
    one_per_episode INTEGER NOT NULL
);
CREATE INDEX feed_rule_feed ON feed_rule (feed_id);

-- One row per (feed, item). PENDING rows carry what is needed to load the item again after a crash:
-- the .torrent's bytes (or the magnet link), its info-hash and the add options.
CREATE TABLE feed_item (
    feed_id   INTEGER NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    guid      TEXT NOT NULL,
    title     TEXT NOT NULL,
    state     TEXT NOT NULL,            -- PENDING, ADDED, SKIPPED, FAILED
    reason    TEXT NOT NULL,
    hash      TEXT,
    episode   TEXT NOT NULL DEFAULT '',
    source    BLOB,                     -- kept while PENDING only
    magnet    INTEGER NOT NULL DEFAULT 0,
    start     INTEGER NOT NULL DEFAULT 1,
    label     TEXT NOT NULL DEFAULT '',
    directory TEXT,
    at        INTEGER NOT NULL,
    PRIMARY KEY (feed_id, guid)
);
CREATE INDEX feed_item_state ON feed_item (state);
CREATE INDEX feed_item_episode ON feed_item (feed_id, episode);
CREATE INDEX feed_item_at ON feed_item (feed_id, at);
