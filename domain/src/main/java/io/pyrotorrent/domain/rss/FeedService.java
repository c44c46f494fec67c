package io.pyrotorrent.domain.rss;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rss.CheckReport;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedItem;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.PreviewRow;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.model.rss.UnknownFeedException;
import io.pyrotorrent.domain.model.rss.Verdict;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import io.pyrotorrent.domain.port.out.AuditLog;
import io.pyrotorrent.domain.port.out.FeedReader;
import io.pyrotorrent.domain.port.out.FeedStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feeds use case: configuration (audited under the caller's name), preview and a check on
 * demand. The caller may use the target, or it does not exist for them; a feed of another
 * target does not exist either.
 */
public final class FeedService implements ManageFeeds {

    static final int MAX_FEEDS_PER_TARGET = 200;
    static final int MAX_RULES_PER_FEED = 50;

    private final FeedStore store;
    private final FeedReader reader;
    private final FeedCheck check;
    private final List<TargetName> targets;
    private final AuditLog audit;
    private final Clock clock;

    public FeedService(
            FeedStore store,
            FeedReader reader,
            FeedCheck check,
            List<TargetName> targets,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.check = check;
        this.targets = List.copyOf(targets);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<TargetName> targets(Principal caller) {
        return targets.stream().filter(caller::mayUse).toList();
    }

    @Override
    public List<FeedView> feeds(Principal caller, TargetName target) {
        allow(caller, target);
        return store.feeds().stream()
                .filter(feed -> feed.target().equals(target))
                .map(feed -> new FeedView(feed, store.rules(feed.id()), store.status(feed.id())))
                .toList();
    }

    @Override
    public Feed addFeed(Principal caller, TargetName target, FeedSpec spec) {
        allow(caller, target);
        long count =
                store.feeds().stream().filter(f -> f.target().equals(target)).count();
        if (count >= MAX_FEEDS_PER_TARGET) {
            throw new IllegalArgumentException("feeds: at most " + MAX_FEEDS_PER_TARGET + " per target");
        }
        Feed feed = store.addFeed(target, spec);
        record(caller, target, "Add feed " + spec.name(), spec.url().toString());
        return feed;
    }

    @Override
    public void removeFeed(Principal caller, TargetName target, long feedId) {
        Feed feed = feed(caller, target, feedId);
        store.removeFeed(feedId);
        record(
                caller,
                target,
                "Remove feed " + feed.spec().name(),
                feed.spec().url().toString());
    }

    @Override
    public Rule addRule(Principal caller, TargetName target, long feedId, RuleSpec spec) {
        Feed feed = feed(caller, target, feedId);
        if (store.rules(feedId).size() >= MAX_RULES_PER_FEED) {
            throw new IllegalArgumentException("rules: at most " + MAX_RULES_PER_FEED + " per feed");
        }
        Rule rule = store.addRule(feedId, spec);
        record(caller, target, "Add feed rule " + spec.name(), feed.spec().name());
        return rule;
    }

    @Override
    public void removeRule(Principal caller, TargetName target, long feedId, long ruleId) {
        Feed feed = feed(caller, target, feedId);
        Rule rule = store.rules(feedId).stream()
                .filter(r -> r.id() == ruleId)
                .findFirst()
                .orElseThrow(() -> new UnknownFeedException("no rule " + ruleId + " in feed " + feedId));
        store.removeRule(ruleId);
        record(
                caller,
                target,
                "Remove feed rule " + rule.spec().name(),
                feed.spec().name());
    }

    @Override
    public List<PreviewRow> preview(Principal caller, TargetName target, long feedId, Optional<RuleSpec> rule) {
        Feed feed = feed(caller, target, feedId);
        List<FeedItem> items = reader.read(feed.spec().url());
        List<Rule> rules = rule.map(spec -> List.of(new Rule(0, feedId, spec))).orElseGet(() -> store.rules(feedId));
        var rows = new ArrayList<PreviewRow>(items.size());
        for (FeedItem item : items) {
            Optional<ItemState> state = store.state(feedId, item.guid());
            if (state.isPresent() && (state.get() == ItemState.ADDED || state.get() == ItemState.PENDING)) {
                rows.add(new PreviewRow(item, new Verdict.Skip("already added from this feed")));
                continue;
            }
            rows.add(new PreviewRow(
                    item, RuleMatcher.verdict(item, rules, episode -> store.episodeTaken(feedId, episode))));
        }
        return rows;
    }

    @Override
    public CheckReport run(Principal caller, TargetName target, long feedId) {
        return check.run(feed(caller, target, feedId));
    }

    @Override
    public List<HistoryEntry> history(Principal caller, TargetName target, long feedId, int limit) {
        feed(caller, target, feedId);
        return store.history(feedId, Math.max(1, Math.min(limit, 1000)));
    }

    private Feed feed(Principal caller, TargetName target, long feedId) {
        allow(caller, target);
        return store.feed(feedId)
                .filter(feed -> feed.target().equals(target))
                .orElseThrow(() -> new UnknownFeedException("no feed " + feedId + " on target " + target.value()));
    }

    private void allow(Principal caller, TargetName target) {
        if (!caller.mayUse(target) || !targets.contains(target)) {
            throw new UnknownTargetException(target.value());
        }
    }

    private void record(Principal caller, TargetName target, String action, String what) {
        audit.record(new AuditEntry(clock.instant(), caller.name(), target, action, List.of(what), "ok"));
    }
}
