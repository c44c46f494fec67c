package io.pyrotorrent.domain.model.seeding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a rule's last run went.
 *
 * @param lastRun when it last looked (empty: not yet since the start)
 * @param result  what it did, in words ("stopped 2", "failed: ...")
 * @param waiting how many torrents it would act on but holds, because they are more than its
 *                maximum per run: it waits for a person to confirm (0: nothing waits)
 */
public record RuleStatus(Optional<Instant> lastRun, String result, int waiting) {

    public static final RuleStatus NEW = new RuleStatus(Optional.empty(), "not run yet", 0);

    public RuleStatus {
        Objects.requireNonNull(lastRun, "lastRun");
        Objects.requireNonNull(result, "result");
    }
}
