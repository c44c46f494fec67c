-- Webhooks per target (V3's table had no target and was never used: replaced).
DROP TABLE webhook;
CREATE TABLE webhook (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL,
    url    TEXT NOT NULL,
    events TEXT NOT NULL -- comma-separated: finished, failed, added, rss-added, rule-acted
);
