package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleView;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.util.List;

/**
 * Seeding rules: stop or remove torrents that seeded enough. A rule on a target the caller may not
 * use answers exactly like one that does not exist ({@link
 * io.pyrotorrent.domain.model.UnknownTargetException} for a target, {@link
 * java.util.NoSuchElementException} for a rule id).
 */
public interface ManageSeedingRules {

    /** The rules of the caller's targets with their last run. */
    List<RuleView> rules(Principal caller);

    /**
     * Checks and keeps a rule (id 0: a new one).
     *
     * @throws IllegalArgumentException naming what is wrong (a label no torrent of the target has)
     */
    SeedingRule save(Principal caller, SeedingRule rule);

    void delete(Principal caller, long id);

    /** The torrents the rule would act on now, saved or not; nothing changes. */
    List<RuleMatch> dryRun(Principal caller, SeedingRule rule);

    /**
     * Acts on what a saved rule matches now, beyond its maximum per run: {@code confirmed} is the
     * count the caller was shown; when the rule now matches another number nothing happens.
     *
     * @return the torrents it acted on
     * @throws IllegalStateException when the count changed since the caller looked
     */
    List<RuleMatch> confirm(Principal caller, long id, int confirmed);
}
