package io.pyrotorrent.adapter.web.audit;

import io.pyrotorrent.domain.model.audit.AuditEntry;
import java.util.List;

/**
 * The audit log as a table: the filters as the user typed them (to refill the form) and the
 * entries found, newest first.
 */
record AuditPage(String user, String target, String since, int limit, List<Line> entries) {

    /** One entry, its torrents as one line of text. */
    record Line(String at, String user, String target, String action, String torrents, String result) {

        static Line of(AuditEntry entry) {
            return new Line(
                    entry.at().toString(),
                    entry.user(),
                    entry.target().value(),
                    entry.action(),
                    String.join(", ", entry.torrents()),
                    entry.result());
        }
    }
}
