package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedStatus;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.PendingItem;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.port.out.FeedStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link FeedStore} in memory, for domain tests; the store contract runs against it too. */
public final class InMemoryFeedStore implements FeedStore {

    private record Item(HistoryEntry entry, Optional<PendingItem> pending, String episode) {}

    private final Map<Long, Feed> feeds = new LinkedHashMap<>();
    private final Map<Long, Rule> rules = new LinkedHashMap<>();
    private final Map<Long, FeedStatus> statuses = new LinkedHashMap<>();
    private final Map<List<Object>, Item> items = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Feed addFeed(TargetName target, FeedSpec spec) {
        var feed = new Feed(nextId++, target, spec);
        feeds.put(feed.id(), feed);
        return feed;
    }

    @Override
    public synchronized List<Feed> feeds() {
        return List.copyOf(feeds.values());
    }

    @Override
    public synchronized Optional<Feed> feed(long id) {
        return Optional.ofNullable(feeds.get(id));
    }

    @Override
    public synchronized void removeFeed(long id) {
        feeds.remove(id);
        rules.values().removeIf(rule -> rule.feedId() == id);
        items.keySet().removeIf(key -> key.get(0).equals(id));
    }

    @Override
    public synchronized Rule addRule(long feedId, RuleSpec spec) {
        var rule = new Rule(nextId++, feedId, spec);
        rules.put(rule.id(), rule);
        return rule;
    }

    @Override
    public synchronized List<Rule> rules(long feedId) {
        return rules.values().stream().filter(r -> r.feedId() == feedId).toList();
    }

    @Override
    public synchronized void removeRule(long ruleId) {
        rules.remove(ruleId);
    }

    @Override
    public synchronized FeedStatus status(long feedId) {
        return statuses.getOrDefault(feedId, FeedStatus.NEVER);
    }

    @Override
    public synchronized void checked(long feedId, Instant at, Optional<String> error, int count) {
        statuses.put(feedId, new FeedStatus(Optional.of(at), error, count));
    }

    @Override
    public synchronized Optional<ItemState> state(long feedId, String guid) {
        return Optional.ofNullable(items.get(List.of(feedId, guid)))
                .map(i -> i.entry().state());
    }

    @Override
    public synchronized boolean episodeTaken(long feedId, String episode) {
        return items.entrySet().stream()
                .anyMatch(e -> e.getKey().get(0).equals(feedId)
                        && e.getValue().episode().equals(episode)
                        && (e.getValue().entry().state() == ItemState.ADDED
                                || e.getValue().entry().state() == ItemState.PENDING));
    }

    @Override
    public synchronized void note(long feedId, String guid, String title, ItemState state, String reason, Instant at) {
        items.put(
                List.of(feedId, guid),
                new Item(
                        new HistoryEntry(feedId, guid, title, state, reason, Optional.empty(), at),
                        Optional.empty(),
                        ""));
    }

    @Override
    public synchronized void intend(PendingItem item, Instant at) {
        items.put(
                List.of(item.feedId(), item.guid()),
                new Item(
                        new HistoryEntry(
                                item.feedId(),
                                item.guid(),
                                item.title(),
                                ItemState.PENDING,
                                item.reason(),
                                Optional.of(item.hash()),
                                at),
                        Optional.of(item),
                        item.episode()));
    }

    @Override
    public synchronized void confirm(long feedId, String guid, String reason, Instant at) {
        var key = List.<Object>of(feedId, guid);
        Item item = items.get(key);
        if (item != null) {
            var e = item.entry();
            items.put(
                    key,
                    new Item(
                            new HistoryEntry(feedId, guid, e.title(), ItemState.ADDED, reason, e.hash(), at),
                            Optional.empty(),
                            item.episode()));
        }
    }

    @Override
    public synchronized List<PendingItem> pending() {
        return items.values().stream()
                .filter(i -> i.entry().state() == ItemState.PENDING)
                .sorted(Comparator.comparing(i -> i.entry().at()))
                .map(i -> i.pending().orElseThrow())
                .toList();
    }

    @Override
    public synchronized List<HistoryEntry> history(long feedId, int limit) {
        var list = new ArrayList<HistoryEntry>();
        items.values().stream()
                .map(Item::entry)
                .filter(e -> e.feedId() == feedId)
                .forEach(list::add);
        list.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return List.copyOf(list.subList(0, Math.min(limit, list.size())));
    }
}
