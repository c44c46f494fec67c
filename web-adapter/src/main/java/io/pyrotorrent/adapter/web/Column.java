package io.pyrotorrent.adapter.web;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;

/**
 * The overview's sortable columns and the field each sorts by. Listings sort by fields only, so
 * "done" sorts by completed bytes, "state" by rTorrent's started flag and "ETA" by bytes left.
 */
enum Column {
    NAME("name", "Name", TorrentFields.NAME),
    SIZE("size", "Size", TorrentFields.SIZE_BYTES),
    DONE("done", "Done", TorrentFields.COMPLETED_BYTES),
    STATE("state", "State", TorrentFields.STATE),
    DOWN("down", "Down", TorrentFields.DOWN_RATE),
    UP("up", "Up", TorrentFields.UP_RATE),
    RATIO("ratio", "Ratio", TorrentFields.RATIO),
    PEERS("peers", "Peers", TorrentFields.PEERS_CONNECTED),
    LABEL("label", "Label", TorrentFields.LABEL),
    ETA("eta", "ETA", TorrentFields.LEFT_BYTES);

    final String key;
    final String title;
    final Field<?> field;

    Column(String key, String title, Field<?> field) {
        this.key = key;
        this.title = title;
        this.field = field;
    }
}
