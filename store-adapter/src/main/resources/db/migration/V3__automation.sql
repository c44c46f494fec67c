-- Seeding rules: a limit (any one reached is enough) on the finished torrents of a scope, then an action.
CREATE TABLE seeding_rule (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    target      TEXT NOT NULL,
    scope_kind  TEXT NOT NULL,    -- everything | label | tracker
    scope_value TEXT NOT NULL,    -- the label or the tracker host; '' for everything
    min_ratio   REAL,             -- NULL: no ratio limit
    min_seeding INTEGER,          -- seconds; NULL: no seeding-time limit
    min_idle    INTEGER,          -- seconds; NULL: no idle limit
    action      TEXT NOT NULL,    -- stop | remove | remove-with-data
    max_per_run INTEGER NOT NULL,
    enabled     INTEGER NOT NULL  -- 0 or 1
);

-- Bandwidth schedule per target: named limit profiles, and which one holds in each hour of the week.
CREATE TABLE schedule_profile (
    target     TEXT NOT NULL,
    position   INTEGER NOT NULL, -- the profile's index in the grid's cells
    name       TEXT NOT NULL,
    up_limit   INTEGER NOT NULL, -- bytes per second; 0 is unlimited
    down_limit INTEGER NOT NULL,
    PRIMARY KEY (target, position)
);
CREATE TABLE schedule_grid (
    target  TEXT PRIMARY KEY NOT NULL,
    enabled INTEGER NOT NULL,
    cells   TEXT NOT NULL -- 168 characters, Monday 00:00 first: a profile's position (0-9), or '-' for none
);

-- Webhooks: a JSON POST to url for each event of the listed types.
CREATE TABLE webhook (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    url    TEXT NOT NULL,
    events TEXT NOT NULL -- comma-separated: finished, failed, added, removed, rule-acted
);
