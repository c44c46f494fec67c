package io.pyrotorrent.app.config;

import java.util.Map;

/**
 * The file a configuration was read from and the line each key path started on, kept beside the
 * tree because Jackson's nodes carry no location of their own.
 */
record ConfigSource(String fileName, Map<String, Integer> lines) {

    static final int UNKNOWN_LINE = 0;

    ConfigSource {
        lines = Map.copyOf(lines);
    }

    int lineOf(String path, int fallback) {
        return lines.getOrDefault(path, fallback);
    }

    /** {@code file:line: path: problem}, leaving out the parts that are not known. */
    ConfigException error(String path, int line, String problem) {
        String where = line > UNKNOWN_LINE ? fileName + ":" + line : fileName;
        return new ConfigException(where + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }
}
