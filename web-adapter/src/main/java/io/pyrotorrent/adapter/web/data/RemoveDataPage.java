package io.pyrotorrent.adapter.web.data;

import java.util.List;

/**
 * The question before removing a torrent with its data: what goes (files, bytes) and what stays
 * and why. When pyroTorrent cannot see the files, {@code reason} says so and only erasing (the
 * data stays) is offered.
 */
record RemoveDataPage(
        String target,
        String hash,
        String name,
        boolean visible,
        String reason,
        String bytes,
        List<Line> deleted,
        List<Line> kept) {

    /** A file and its size or the reason it stays. */
    record Line(String path, String note) {}
}
