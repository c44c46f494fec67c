package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedStatus;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.PendingItem;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feeds, their rules and what became of each item. Each method is one transaction: {@link
 * #intend} is durable before rTorrent is asked, {@link #confirm} after it answered, so a crash
 * between them leaves a pending item that {@link #pending} returns on the next start.
 */
public interface FeedStore {

    Feed addFeed(TargetName target, FeedSpec spec);

    List<Feed> feeds();

    Optional<Feed> feed(long id);

    /** Removes the feed, its rules and its history. */
    void removeFeed(long id);

    Rule addRule(long feedId, RuleSpec spec);

    List<Rule> rules(long feedId);

    void removeRule(long ruleId);

    FeedStatus status(long feedId);

    void checked(long feedId, Instant at, Optional<String> error, int items);

    /** The item's state, when the item was seen before. */
    Optional<ItemState> state(long feedId, String guid);

    /** True when an item of this feed with this episode key is added or pending. */
    boolean episodeTaken(long feedId, String episode);

    /** Skipped or failed, with why: replaced by the next word on the same item. */
    void note(long feedId, String guid, String title, ItemState state, String reason, Instant at);

    /** Records the intent to add (PENDING), durable before returning. */
    void intend(PendingItem item, Instant at);

    /** PENDING becomes ADDED, with why. */
    void confirm(long feedId, String guid, String reason, Instant at);

    /** Every item recorded as pending and not yet confirmed, oldest first. */
    List<PendingItem> pending();

    /** The newest entries of a feed first. */
    List<HistoryEntry> history(long feedId, int limit);
}
