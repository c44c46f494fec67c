package io.pyrotorrent.domain.model.field;

import static io.pyrotorrent.domain.model.field.Scope.TRACKER;

import java.util.List;

/** Values about one tracker of a torrent (rTorrent's t.* commands); rows in tracker order. */
public final class TrackerFields {

    public static final Field<String> URL = Field.text(TRACKER, "url");
    /** 1 http, 2 udp, 3 dht. */
    public static final Field<Long> TYPE = Field.number(TRACKER, "type");

    public static final Field<Boolean> ENABLED = Field.flag(TRACKER, "enabled");
    public static final Field<Long> SCRAPE_COMPLETE = Field.number(TRACKER, "scrape_complete");
    public static final Field<Long> SCRAPE_INCOMPLETE = Field.number(TRACKER, "scrape_incomplete");
    public static final Field<Long> SCRAPE_DOWNLOADED = Field.number(TRACKER, "scrape_downloaded");

    public static final List<Field<?>> ALL =
            List.of(URL, TYPE, ENABLED, SCRAPE_COMPLETE, SCRAPE_INCOMPLETE, SCRAPE_DOWNLOADED);

    private TrackerFields() {}
}
