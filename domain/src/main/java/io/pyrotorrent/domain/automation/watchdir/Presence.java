package io.pyrotorrent.domain.automation.watchdir;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.service.Targets;
import java.util.Optional;

/** Whether rTorrent has a torrent, asked by info-hash; empty when it cannot say. */
final class Presence {

    private final Targets targets;

    Presence(Targets targets) {
        this.targets = targets;
    }

    Optional<Boolean> has(TargetName target, InfoHash hash) {
        var client = targets.client(target);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        try {
            var outcome = client.get()
                    .send(Request.of(TorrentQuery.of(hash, TorrentFields.NAME)))
                    .outcomes()
                    .get(0);
            return Optional.of(outcome instanceof Outcome.Success<?>);
        } catch (TorrentClientException e) {
            return Optional.empty();
        }
    }
}
