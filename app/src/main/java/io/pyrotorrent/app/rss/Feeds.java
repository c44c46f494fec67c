package io.pyrotorrent.app.rss;

import io.pyrotorrent.app.fetch.AddressPolicy;
import io.pyrotorrent.app.fetch.SafeTorrentFetcher;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import io.pyrotorrent.domain.port.out.AuditLog;
import io.pyrotorrent.domain.port.out.FeedStore;
import io.pyrotorrent.domain.rss.Checkpoints;
import io.pyrotorrent.domain.rss.FeedCheck;
import io.pyrotorrent.domain.rss.FeedSchedule;
import io.pyrotorrent.domain.rss.FeedService;
import io.pyrotorrent.domain.rss.Settlement;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuditedAdd;
import io.pyrotorrent.domain.service.Targets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * RSS, wired: the reader (Rome behind the safe fetcher), the check, the use case, and what the
 * server runs with nobody logged in (settling pending items at start, then due feeds on a tick).
 * Item .torrent files are fetched with the feeds' address policy: a LAN indexer serves both.
 */
public final class Feeds {

    /** The test-only property naming the step at which the process halts (see the kill tests). */
    public static final String HALT_AT_PROPERTY = "pyrotorrent.test.rss.haltAt";

    /** Far above any .torrent rTorrent takes in one request (512 KiB by default). */
    static final long MAX_TORRENT = 8L * 1024 * 1024;

    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(15);

    private final FeedCheck check;
    private final ManageFeeds manage;
    private final FeedStore store;
    private final Targets targets;
    private final Clock clock;

    /** @param events where each item added is told (webhooks' "rss-added") */
    public Feeds(
            List<String> allowPrivate,
            Targets targets,
            FeedStore store,
            AuditLog audit,
            Clock clock,
            java.util.function.Consumer<io.pyrotorrent.domain.model.webhook.WebhookMessage> events) {
        var policy = AddressPolicy.publicAnd(allowPrivate);
        var reader = new RomeFeedReader(new SafeTorrentFetcher(policy, RomeFeedReader.MAX_FEED_BYTES, FETCH_TIMEOUT));
        var add = new PublishedAdds(
                new AuditedAdd(
                        new AddService(targets, new SafeTorrentFetcher(policy, MAX_TORRENT, FETCH_TIMEOUT)),
                        audit,
                        clock),
                events,
                clock);
        this.check = new FeedCheck(store, reader, add, clock, checkpoints());
        this.manage = new FeedService(store, reader, check, targets.names(), audit, clock);
        this.store = store;
        this.targets = targets;
        this.clock = clock;
    }

    public ManageFeeds manage() {
        return manage;
    }

    public Settlement settlement() {
        return new Settlement(store, targets, check, clock);
    }

    public FeedSchedule schedule() {
        return new FeedSchedule(store, check, clock);
    }

    /** Halts (as kill -9 would: no shutdown hooks, no finally) at the named step, when asked to. */
    private static Checkpoints checkpoints() {
        Optional<String> haltAt = Optional.ofNullable(System.getProperty(HALT_AT_PROPERTY));
        if (haltAt.isEmpty()) {
            return Checkpoints.NONE;
        }
        return step -> {
            if (step.equals(haltAt.get())) {
                Runtime.getRuntime().halt(137);
            }
        };
    }
}
