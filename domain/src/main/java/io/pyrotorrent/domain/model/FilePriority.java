package io.pyrotorrent.domain.model;

import java.util.Arrays;

/** rTorrent's f.priority: OFF means the file is not downloaded at all. */
public enum FilePriority {
    OFF(0),
    NORMAL(1),
    HIGH(2);

    private final int code;

    FilePriority(int code) {
        this.code = code;
    }

    /** The number rTorrent uses. */
    public int code() {
        return code;
    }

    public static FilePriority ofCode(long code) {
        return Arrays.stream(values())
                .filter(p -> p.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a file priority is 0-2, not " + code));
    }
}
