package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rss.CheckReport;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.PreviewRow;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import java.util.List;
import java.util.Optional;

/**
 * RSS/Atom feeds of a target and the rules that add from them. A feed of a target the caller
 * may not use answers like one that does not exist.
 */
public interface ManageFeeds {

    /** The targets whose feeds the caller may manage, in configuration order. */
    List<TargetName> targets(Principal caller);

    List<FeedView> feeds(Principal caller, TargetName target);

    Feed addFeed(Principal caller, TargetName target, FeedSpec spec);

    void removeFeed(Principal caller, TargetName target, long feedId);

    Rule addRule(Principal caller, TargetName target, long feedId, RuleSpec spec);

    void removeRule(Principal caller, TargetName target, long feedId, long ruleId);

    /**
     * Reads the feed now and says what each current item would come to: under {@code rule} when
     * given (a rule not yet saved), else under the saved rules. Adds nothing.
     */
    List<PreviewRow> preview(Principal caller, TargetName target, long feedId, Optional<RuleSpec> rule);

    /** Checks the feed now, adding what its rules take. */
    CheckReport run(Principal caller, TargetName target, long feedId);

    List<HistoryEntry> history(Principal caller, TargetName target, long feedId, int limit);
}
