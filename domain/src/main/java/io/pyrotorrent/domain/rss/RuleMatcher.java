package io.pyrotorrent.domain.rss;

import io.pyrotorrent.domain.model.rss.FeedItem;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.model.rss.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Says what rules make of an item, with the reason in words: the first rule that takes it wins;
 * when none does, the reason is the first rule's (the one a user with one rule wants to read).
 */
final class RuleMatcher {

    private RuleMatcher() {}

    /** @param episodeTaken whether an episode key was already added from this feed */
    static Verdict verdict(FeedItem item, List<Rule> rules, Predicate<String> episodeTaken) {
        if (rules.isEmpty()) {
            return new Verdict.Skip("no rule: this feed has no rules yet");
        }
        Verdict first = null;
        for (Rule rule : rules) {
            Verdict verdict = verdict(item, rule.spec(), episodeTaken);
            if (verdict instanceof Verdict.Take) {
                return verdict;
            }
            first = first == null ? verdict : first;
        }
        return first;
    }

    static Verdict verdict(FeedItem item, RuleSpec rule, Predicate<String> episodeTaken) {
        String title = item.title();
        Optional<Pattern> include = rule.includePattern();
        if (include.isPresent() && !include.get().matcher(title).find()) {
            return skip(rule, "title does not match include /" + rule.include() + "/");
        }
        Optional<Pattern> exclude = rule.excludePattern();
        if (exclude.isPresent() && exclude.get().matcher(title).find()) {
            return skip(rule, "title matches exclude /" + rule.exclude() + "/");
        }
        if (rule.minBytes().isPresent() || rule.maxBytes().isPresent()) {
            if (item.bytes().isEmpty()) {
                return skip(rule, "the feed gives no size, and the rule has a size range");
            }
            long size = item.bytes().getAsLong();
            if (rule.minBytes().isPresent() && size < rule.minBytes().getAsLong()) {
                return skip(
                        rule,
                        "size " + size + " bytes is below the minimum "
                                + rule.minBytes().getAsLong());
            }
            if (rule.maxBytes().isPresent() && size > rule.maxBytes().getAsLong()) {
                return skip(
                        rule,
                        "size " + size + " bytes is above the maximum "
                                + rule.maxBytes().getAsLong());
            }
        }
        if (rule.onePerEpisode()) {
            Optional<String> episode = EpisodeKey.of(title);
            if (episode.isPresent() && episodeTaken.test(episode.get())) {
                return skip(rule, "episode '" + episode.get() + "' was already added");
            }
        }
        return new Verdict.Take(
                rule.name(),
                "matched rule '" + rule.name() + "'"
                        + (include.isPresent() ? " (include /" + rule.include() + "/)" : ""));
    }

    private static Verdict skip(RuleSpec rule, String why) {
        return new Verdict.Skip("rule '" + rule.name() + "': " + why);
    }
}
