package io.pyrotorrent.adapter.web.actions;

import java.util.List;

/**
 * The question before an action on every torrent that matches a filter: it names the count and
 * the filter, and its form posts the filter again (never the hashes) with the count confirmed.
 */
record MatchingConfirmPage(
        String target,
        String action,
        String title,
        String button,
        int count,
        String filter,
        boolean danger,
        List<Hidden> fields,
        String returnTo) {

    record Hidden(String name, String value) {}
}
