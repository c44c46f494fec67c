package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every add through {@link AddTorrents} lands in the audit log, each source as the user named it,
 * with the info-hash when known and the reason when refused.
 */
public final class AuditedAdd implements AddTorrents {

    private final AddTorrents add;
    private final AuditTrail trail;

    public AuditedAdd(AddTorrents add, AuditLog log, Clock clock) {
        this.add = add;
        this.trail = new AuditTrail(log, clock);
    }

    @Override
    public List<AddResult> add(Principal caller, TargetName target, List<NamedSource> sources, AddOptions options) {
        Instant at = trail.now();
        String action = "Add" + (options.start() ? " started" : " paused")
                + (options.label().value().isEmpty()
                        ? ""
                        : " label " + options.label().value());
        List<AddResult> results;
        try {
            results = add.add(caller, target, sources, options);
        } catch (RuntimeException e) {
            var names = sources.stream().map(NamedSource::name).toList();
            trail.record(at, caller, target, List.of(new AuditTrail.Change(action, names, AuditTrail.failed(e))));
            throw e;
        }
        var changes = new ArrayList<AuditTrail.Change>();
        for (AddResult result : results) {
            if (result instanceof AddResult.Added added) {
                String torrent =
                        added.hash().map(h -> h.hex() + " " + added.source()).orElse(added.source());
                changes.add(new AuditTrail.Change(action, List.of(torrent), "ok"));
            } else if (result instanceof AddResult.Refused refused) {
                changes.add(new AuditTrail.Change(action, List.of(refused.source()), "refused: " + refused.reason()));
            }
        }
        trail.record(at, caller, target, changes);
        return results;
    }

    @Override
    public UrlFetches fetchesForOneRequest() {
        return add.fetchesForOneRequest();
    }
}
