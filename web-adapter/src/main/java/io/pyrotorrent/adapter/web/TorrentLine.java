package io.pyrotorrent.adapter.web;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.util.List;

/**
 * One overview row, every value a ready string. The live endpoint sends the same record as JSON,
 * and its component names are the rows' {@code data-field} names, so script and page agree.
 */
record TorrentLine(
        String hash,
        String name,
        String href,
        String size,
        String done,
        int percent,
        String state,
        String downRate,
        String upRate,
        String ratio,
        String peers,
        String label,
        String labelHref,
        String eta,
        String message) {

    /** The fields the overview shows; the listing adds those the state needs. */
    static final List<Field<?>> FIELDS = List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.SIZE_BYTES,
            TorrentFields.COMPLETED_BYTES,
            TorrentFields.LEFT_BYTES,
            TorrentFields.DOWN_RATE,
            TorrentFields.UP_RATE,
            TorrentFields.RATIO,
            TorrentFields.PEERS_CONNECTED,
            TorrentFields.PEERS_COMPLETE,
            TorrentFields.MESSAGE,
            TorrentFields.LABEL);

    static TorrentLine of(String target, Row t, OverviewQuery query) {
        String hash = t.get(TorrentFields.HASH).hex();
        long size = t.get(TorrentFields.SIZE_BYTES);
        long done = t.get(TorrentFields.COMPLETED_BYTES);
        String label = t.get(TorrentFields.LABEL).value();
        return new TorrentLine(
                hash,
                t.get(TorrentFields.NAME),
                "target/" + target + "/torrent/" + hash,
                Units.bytes(size),
                Units.bytes(done),
                Units.percent(done, size),
                TorrentState.of(t).label(),
                Units.rate(t.get(TorrentFields.DOWN_RATE)),
                Units.rate(t.get(TorrentFields.UP_RATE)),
                Units.ratio(t.get(TorrentFields.RATIO)),
                peers(t),
                label,
                label.isEmpty() ? "" : query.labelHref(label),
                Units.eta(t.get(TorrentFields.LEFT_BYTES), t.get(TorrentFields.DOWN_RATE)),
                t.get(TorrentFields.MESSAGE));
    }

    /** Connected peers, with how many of them are seeds. */
    private static String peers(Row t) {
        return t.get(TorrentFields.PEERS_CONNECTED) + " (" + t.get(TorrentFields.PEERS_COMPLETE) + ")";
    }
}
