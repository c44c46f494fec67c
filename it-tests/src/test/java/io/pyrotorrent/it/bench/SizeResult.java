package io.pyrotorrent.it.bench;

import java.util.List;
import java.util.Map;

/** Everything measured at one N: the timed rows (in report order) and notes by name. */
record SizeResult(int n, List<Row> rows, Map<String, String> notes) {
    Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
