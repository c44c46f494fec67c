package io.pyrotorrent.domain.automation.webhook;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns one target's mirror deltas into webhook events: a torrent that becomes complete has
 * finished, one whose message goes from empty to a text has failed (rTorrent's tracker and
 * storage errors land there; so has a new one that has a message already), a new hash was added.
 * The first snapshot only sets what is known:
 * a restart does not announce every torrent again.
 */
final class TorrentTransitions implements Consumer<TorrentEvent> {

    static final List<Field<?>> FIELDS = List.of(TorrentFields.NAME, TorrentFields.COMPLETE, TorrentFields.MESSAGE);

    private record Known(String name, boolean complete, String message) {}

    private final TargetName target;
    private final Clock clock;
    private final Consumer<WebhookMessage> out;
    private final Map<InfoHash, Known> known = new HashMap<>();
    private boolean primed;

    TorrentTransitions(TargetName target, Clock clock, Consumer<WebhookMessage> out) {
        this.target = target;
        this.clock = clock;
        this.out = out;
    }

    @Override
    public synchronized void accept(TorrentEvent event) {
        if (event instanceof TorrentEvent.Full full) {
            var seen = new HashMap<InfoHash, Known>();
            for (Row row : full.torrents()) {
                InfoHash hash = row.get(TorrentFields.HASH);
                Known now = known(row);
                seen.put(hash, now);
                if (primed) {
                    compare(hash, known.get(hash), now);
                }
            }
            known.clear();
            known.putAll(seen);
            primed = true;
        } else if (event instanceof TorrentEvent.Changes changes) {
            for (Row row : changes.added()) {
                InfoHash hash = row.get(TorrentFields.HASH);
                Known now = known(row);
                known.put(hash, now);
                compare(hash, null, now);
            }
            changes.changed().forEach((hash, fields) -> {
                Known before = known.get(hash);
                if (before == null) {
                    return;
                }
                Known now = new Known(
                        (String) fields.getOrDefault(TorrentFields.NAME, before.name()),
                        (Boolean) fields.getOrDefault(TorrentFields.COMPLETE, before.complete()),
                        (String) fields.getOrDefault(TorrentFields.MESSAGE, before.message()));
                known.put(hash, now);
                compare(hash, before, now);
            });
            changes.removed().forEach(known::remove);
        }
        // A Failed poll says nothing: the next success is a Full snapshot, compared with what was known.
    }

    private void compare(InfoHash hash, Known before, Known now) {
        if (before == null) {
            send(WebhookEvent.ADDED, hash, now.name(), "");
            if (!now.message().isEmpty()) {
                // Added already failing (its first announce came back before the mirror looked).
                send(WebhookEvent.FAILED, hash, now.name(), now.message());
            }
            return;
        }
        if (!before.complete() && now.complete()) {
            send(WebhookEvent.FINISHED, hash, now.name(), "");
        }
        if (before.message().isEmpty() && !now.message().isEmpty()) {
            send(WebhookEvent.FAILED, hash, now.name(), now.message());
        }
    }

    private void send(WebhookEvent event, InfoHash hash, String name, String detail) {
        out.accept(new WebhookMessage(event, target, clock.instant(), Optional.of(hash), name, detail));
    }

    private static Known known(Row row) {
        return new Known(row.get(TorrentFields.NAME), row.get(TorrentFields.COMPLETE), row.get(TorrentFields.MESSAGE));
    }
}
