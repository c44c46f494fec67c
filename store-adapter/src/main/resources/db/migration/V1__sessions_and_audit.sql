-- Sessions by the SHA-256 of their id (never the id), so a copy of this file logs nobody in.
CREATE TABLE session (
    id_hash    TEXT PRIMARY KEY NOT NULL,
    user_name  TEXT NOT NULL,
    csrf_token TEXT NOT NULL,
    last_seen  INTEGER NOT NULL -- epoch milliseconds
);

-- Every change made through pyroTorrent. seq keeps the order of entries made in the same millisecond.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL, -- epoch milliseconds
    user_name TEXT NOT NULL,
    target    TEXT NOT NULL,
    action    TEXT NOT NULL,
    torrents  TEXT NOT NULL, -- one per line
    result    TEXT NOT NULL
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_user_at ON audit (user_name, at);
CREATE INDEX audit_target_at ON audit (target, at);
