package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.Arrays;
import java.util.List;

/**
 * The list's columns, the field each sorts by, and whether a first visit shows it (the column
 * chooser keeps each browser's own choice). Listings sort by fields only, so "done" sorts by
 * completed bytes, "state" by rTorrent's started flag and "ETA" by bytes left. The key is the CSS
 * class of the column's cells ({@code col-<key>}) and the name the column chooser stores.
 */
enum Column {
    NAME("name", "Name", TorrentFields.NAME, true),
    SIZE("size", "Size", TorrentFields.SIZE_BYTES, true),
    DONE("done", "Done", TorrentFields.COMPLETED_BYTES, true),
    STATE("state", "State", TorrentFields.STATE, true),
    DOWN("down", "Down", TorrentFields.DOWN_RATE, true),
    UP("up", "Up", TorrentFields.UP_RATE, true),
    RATIO("ratio", "Ratio", TorrentFields.RATIO, true),
    PEERS("peers", "Peers", TorrentFields.PEERS_CONNECTED, true),
    LABEL("label", "Label", TorrentFields.LABEL, true),
    ETA("eta", "ETA", TorrentFields.LEFT_BYTES, true),
    UPLOADED("uploaded", "Uploaded", TorrentFields.UP_TOTAL, false),
    DOWNLOADED("downloaded", "Downloaded", TorrentFields.DOWN_TOTAL, false),
    SEEDS("seeds", "Seeds", TorrentFields.PEERS_COMPLETE, false),
    LEFT("left", "Left", TorrentFields.LEFT_BYTES, false),
    STARTED("started", "Started", TorrentFields.STARTED, false),
    FINISHED("finished", "Finished", TorrentFields.FINISHED, false),
    CREATED("created", "Created", TorrentFields.CREATED, false),
    DIRECTORY("directory", "Directory", TorrentFields.DIRECTORY, false),
    PRIORITY("priority", "Priority", TorrentFields.PRIORITY, false),
    FILES("files", "Files", TorrentFields.SIZE_FILES, false),
    THROTTLE("throttle", "Throttle group", TorrentFields.THROTTLE, false),
    MESSAGE("message", "Message", TorrentFields.MESSAGE, false),
    HASH("hash", "Hash", TorrentFields.HASH, false);

    final String key;
    final String title;
    final Field<?> field;
    final boolean shownAtFirst;

    Column(String key, String title, Field<?> field, boolean shownAtFirst) {
        this.key = key;
        this.title = title;
        this.field = field;
        this.shownAtFirst = shownAtFirst;
    }

    /** The keys a first visit hides, as the table's data attribute lists them. */
    static String hiddenAtFirst() {
        return String.join(
                " ",
                Arrays.stream(values())
                        .filter(c -> !c.shownAtFirst)
                        .map(c -> c.key)
                        .toList());
    }

    static List<Column> all() {
        return List.of(values());
    }
}
