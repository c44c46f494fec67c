-- Watch folders: one per target; dropped .torrent files are added with these options.
CREATE TABLE watch_folder (
    target       TEXT PRIMARY KEY NOT NULL,
    directory    TEXT NOT NULL,    -- absolute, on pyroTorrent's host
    label        TEXT NOT NULL,    -- '' for none
    download_dir TEXT,             -- on rTorrent's host; NULL: rTorrent's default
    start        INTEGER NOT NULL, -- 0 paused, 1 started
    enabled      INTEGER NOT NULL  -- 0 or 1
);

-- Written before a dropped file goes to rTorrent, removed once it is moved aside: a row left by a
-- crash is settled by info-hash on the next scan, so no file is added twice.
CREATE TABLE watch_intent (
    target    TEXT NOT NULL,
    file_name TEXT NOT NULL,
    hash      TEXT NOT NULL,
    PRIMARY KEY (target, file_name)
);
