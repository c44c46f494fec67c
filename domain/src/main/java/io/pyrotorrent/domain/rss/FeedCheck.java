package io.pyrotorrent.domain.rss;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.model.rss.CheckReport;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedItem;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.PendingItem;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.Verdict;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.out.FeedReader;
import io.pyrotorrent.domain.port.out.FeedStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one feed and adds what its rules take, exactly once: the intent (with the .torrent's
 * bytes and info-hash) is recorded before rTorrent is asked, and confirmed after. A crash in
 * between leaves a pending item; {@link Settlement} finishes it on the next start.
 */
public final class FeedCheck {

    /** Who automation acts as, in the audit log; it may use every target. */
    public static final Principal AUTOMATION = new Principal("automation", true, Set.of());

    private static final Pattern BTIH = Pattern.compile("xt=urn:btih:([0-9A-Fa-f]{40})(?![0-9A-Za-z])");

    private final FeedStore store;
    private final FeedReader reader;
    private final AddTorrents add;
    private final Clock clock;
    private final Checkpoints checkpoints;

    public FeedCheck(FeedStore store, FeedReader reader, AddTorrents add, Clock clock, Checkpoints checkpoints) {
        this.store = store;
        this.reader = reader;
        this.add = add;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    /** One check; a bad feed ends in a report with its error, never in an exception. */
    public CheckReport run(Feed feed) {
        List<FeedItem> items;
        try {
            items = reader.read(feed.spec().url());
        } catch (io.pyrotorrent.domain.model.rss.FeedReadException e) {
            store.checked(feed.id(), clock.instant(), Optional.of(e.getMessage()), 0);
            return new CheckReport(feed.id(), 0, 0, 0, 0, Optional.of(e.getMessage()));
        }
        List<Rule> rules = store.rules(feed.id());
        int added = 0;
        int skipped = 0;
        int failed = 0;
        for (FeedItem item : items) {
            Optional<ItemState> state = store.state(feed.id(), item.guid());
            if (state.isPresent() && (state.get() == ItemState.ADDED || state.get() == ItemState.PENDING)) {
                continue;
            }
            Verdict verdict = RuleMatcher.verdict(item, rules, episode -> store.episodeTaken(feed.id(), episode));
            if (verdict instanceof Verdict.Skip skip) {
                skipped++;
                // Written once per item, not every check: 100 feeds x 100 items would be 10,000 fsyncs a round.
                if (state.isEmpty()) {
                    store.note(feed.id(), item.guid(), item.title(), ItemState.SKIPPED, skip.reason(), clock.instant());
                }
                continue;
            }
            Rule rule = rules.stream()
                    .filter(r -> r.spec().name().equals(((Verdict.Take) verdict).rule()))
                    .findFirst()
                    .orElseThrow();
            try {
                if (take(feed, item, rule, verdict.reason())) {
                    added++;
                } else {
                    failed++;
                }
            } catch (IllegalArgumentException e) {
                failed++;
                store.note(feed.id(), item.guid(), item.title(), ItemState.FAILED, e.getMessage(), clock.instant());
            }
        }
        store.checked(feed.id(), clock.instant(), Optional.empty(), items.size());
        return new CheckReport(feed.id(), items.size(), added, skipped, failed, Optional.empty());
    }

    private boolean take(Feed feed, FeedItem item, Rule rule, String reason) {
        boolean magnet = item.link().regionMatches(true, 0, "magnet:", 0, 7);
        byte[] source;
        String hash;
        if (magnet) {
            var btih = BTIH.matcher(item.link());
            if (!btih.find()) {
                throw new IllegalArgumentException("a magnet link without an info-hash cannot be added exactly once");
            }
            hash = InfoHash.of(btih.group(1)).hex();
            source = item.link().getBytes(StandardCharsets.UTF_8);
        } else {
            source = add.fetch(new TorrentSource.Url(uri(item.link()))).bytes();
            hash = Metainfo.parse(source).hash().hex();
        }
        checkpoints.reached("fetched");
        String episode =
                rule.spec().onePerEpisode() ? EpisodeKey.of(item.title()).orElse("") : "";
        var pending = new PendingItem(
                feed.id(),
                feed.target(),
                item.guid(),
                item.title(),
                hash,
                source,
                magnet,
                rule.spec().addOptions(),
                episode,
                reason);
        store.intend(pending, clock.instant());
        checkpoints.reached("intended");
        return load(pending, reason);
    }

    /**
     * Loads a pending item and confirms it. False when rTorrent refused it (marked failed, tried
     * again next check) or could not be reached (left pending, settled later).
     */
    boolean load(PendingItem pending, String reason) {
        TorrentSource source = pending.magnet()
                ? new TorrentSource.Magnet(new String(pending.source(), StandardCharsets.UTF_8))
                : new TorrentSource.FileBytes(pending.source());
        List<AddResult> results;
        try {
            results = add.add(
                    AUTOMATION, pending.target(), List.of(new NamedSource(pending.title(), source)), pending.options());
        } catch (TorrentClientException e) {
            return false;
        }
        checkpoints.reached("loaded");
        if (results.get(0) instanceof AddResult.Refused refused) {
            store.note(
                    pending.feedId(),
                    pending.guid(),
                    pending.title(),
                    ItemState.FAILED,
                    "rTorrent refused it: " + refused.reason(),
                    clock.instant());
            return false;
        }
        store.confirm(pending.feedId(), pending.guid(), reason, clock.instant());
        checkpoints.reached("confirmed");
        return true;
    }

    private static URI uri(String link) {
        try {
            return new URI(link.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the item's link is not a URL: " + e.getReason());
        }
    }
}
