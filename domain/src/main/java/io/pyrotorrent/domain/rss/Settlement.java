package io.pyrotorrent.domain.rss;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.rss.PendingItem;
import io.pyrotorrent.domain.port.out.FeedStore;
import io.pyrotorrent.domain.service.Targets;
import java.time.Clock;
import java.util.Optional;

/**
 * Finishes what a crash interrupted: each pending item is asked for in rTorrent by info-hash.
 * Found: it was loaded, so it is only confirmed. Not found: it never got there, so it is loaded
 * now from the recorded bytes. rTorrent unreachable: it stays pending for the next round.
 */
public final class Settlement {

    private final FeedStore store;
    private final Targets targets;
    private final FeedCheck check;
    private final Clock clock;

    public Settlement(FeedStore store, Targets targets, FeedCheck check, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.check = check;
        this.clock = clock;
    }

    /** How many pending items were settled (confirmed or loaded). */
    public int settle() {
        int settled = 0;
        for (PendingItem pending : store.pending()) {
            Optional<Boolean> present = present(pending);
            if (present.isEmpty()) {
                continue;
            }
            if (present.get()) {
                store.confirm(
                        pending.feedId(),
                        pending.guid(),
                        pending.reason() + "; found in rTorrent by info-hash after a restart",
                        clock.instant());
                settled++;
            } else if (check.load(pending, pending.reason() + "; loaded after a restart interrupted it")) {
                settled++;
            }
        }
        return settled;
    }

    /** Whether rTorrent has the hash; empty when it cannot say (unreachable, no such target). */
    private Optional<Boolean> present(PendingItem pending) {
        var client = targets.client(pending.target());
        if (client.isEmpty()) {
            return Optional.empty();
        }
        try {
            var outcome = client.get()
                    .send(Request.of(TorrentQuery.of(InfoHash.of(pending.hash()), TorrentFields.NAME)))
                    .outcomes()
                    .get(0);
            return Optional.of(outcome instanceof Outcome.Success<?>);
        } catch (TorrentClientException e) {
            return Optional.empty();
        }
    }
}
