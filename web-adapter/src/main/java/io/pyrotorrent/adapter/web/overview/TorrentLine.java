package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One overview row, every value a ready string. The live endpoint sends the same record as JSON,
 * and its component names are the rows' {@code data-field} names, so script and page agree.
 */
public record TorrentLine(
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
        String message,
        String uploaded,
        String downloaded,
        String seeds,
        String left,
        String started,
        String finished,
        String created,
        String directory,
        String priority,
        String files,
        String throttle) {

    /** The fields the overview shows; the listing adds those the state needs. */
    public static final List<Field<?>> FIELDS = List.of(
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
            TorrentFields.LABEL,
            TorrentFields.UP_TOTAL,
            TorrentFields.DOWN_TOTAL,
            TorrentFields.STARTED,
            TorrentFields.FINISHED,
            TorrentFields.CREATED,
            TorrentFields.DIRECTORY,
            TorrentFields.PRIORITY,
            TorrentFields.SIZE_FILES,
            TorrentFields.THROTTLE);

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
                t.get(TorrentFields.MESSAGE),
                Units.bytes(t.get(TorrentFields.UP_TOTAL)),
                Units.bytes(t.get(TorrentFields.DOWN_TOTAL)),
                String.valueOf(t.get(TorrentFields.PEERS_COMPLETE)),
                Units.bytes(t.get(TorrentFields.LEFT_BYTES)),
                date(t.get(TorrentFields.STARTED)),
                date(t.get(TorrentFields.FINISHED)),
                date(t.get(TorrentFields.CREATED)),
                t.get(TorrentFields.DIRECTORY),
                t.get(TorrentFields.PRIORITY).name().toLowerCase(Locale.ROOT),
                String.valueOf(t.get(TorrentFields.SIZE_FILES)),
                t.get(TorrentFields.THROTTLE));
    }

    /** A moment as UTC date and minute: sortable by eye, the same for every viewer. */
    private static String date(Optional<Instant> when) {
        return when.map(w -> DATE.format(w)).orElse("");
    }

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Connected peers, with how many of them are seeds. */
    private static String peers(Row t) {
        return t.get(TorrentFields.PEERS_CONNECTED) + " (" + t.get(TorrentFields.PEERS_COMPLETE) + ")";
    }
}
