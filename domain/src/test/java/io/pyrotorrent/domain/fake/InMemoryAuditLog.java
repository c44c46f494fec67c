package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An {@link AuditLog} in a list: what the contract suite holds the real store to. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> find(AuditQuery query) {
        // Newest first; among equal times the one recorded last comes first, as in the store.
        var matching = new ArrayList<AuditEntry>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (query.matches(entries.get(i))) {
                matching.add(entries.get(i));
            }
        }
        matching.sort(Comparator.comparing(AuditEntry::at).reversed());
        return List.copyOf(matching.subList(0, Math.min(query.limit(), matching.size())));
    }

    @Override
    public synchronized int pruneBefore(Instant before) {
        int size = entries.size();
        entries.removeIf(entry -> entry.at().isBefore(before));
        return size - entries.size();
    }
}
