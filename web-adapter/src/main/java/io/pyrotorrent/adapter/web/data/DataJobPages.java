package io.pyrotorrent.adapter.web.data;

import java.util.List;

/** The view models of moving data, creating a torrent, and following either as a job. */
final class DataJobPages {

    private DataJobPages() {}

    /** The move form for one torrent (or the selection's hashes, comma-separated). */
    record Move(String target, String hashes, int count) {}

    /** The create form for one target. */
    record Create(String target) {}

    /**
     * A job as it stands; {@code refresh} while it runs, so the page follows it without script.
     * {@code torrentLink} once a created .torrent can be downloaded.
     */
    record Job(
            String id,
            String title,
            String target,
            int percent,
            String done,
            String total,
            boolean finished,
            boolean torrentLink,
            List<Item> items) {}

    record Item(String name, boolean ok, String message) {}
}
