package io.pyrotorrent.domain.model;

import java.util.Arrays;

/** rTorrent's d.priority: how much of the bandwidth a torrent gets relative to others. */
public enum TorrentPriority {
    OFF(0),
    LOW(1),
    NORMAL(2),
    HIGH(3);

    private final int code;

    TorrentPriority(int code) {
        this.code = code;
    }

    /** The number rTorrent uses. */
    public int code() {
        return code;
    }

    public static TorrentPriority ofCode(long code) {
        return Arrays.stream(values())
                .filter(p -> p.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a torrent priority is 0-3, not " + code));
    }
}
