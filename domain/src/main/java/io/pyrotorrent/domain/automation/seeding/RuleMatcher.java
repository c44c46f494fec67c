package io.pyrotorrent.domain.automation.seeding;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.seeding.Limits;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which rows a rule acts on now: a pure function of the rows, the time and when each torrent was
 * last seen moving data, so a dry run and the run after it answer the same.
 */
final class RuleMatcher {

    /** What a rule reads of every torrent: ten fields, all kept fresh by the mirror. */
    static final List<Field<?>> FIELDS = List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.LABEL,
            TorrentFields.RATIO,
            TorrentFields.COMPLETE,
            TorrentFields.STATE,
            TorrentFields.FINISHED,
            TorrentFields.UP_RATE,
            TorrentFields.DOWN_RATE);

    private RuleMatcher() {}

    /**
     * @param lastActive when a torrent last moved data (the idle limit counts from there)
     * @param onTracker  whether a torrent announces to the rule's tracker; asked only for torrents
     *                   that reached a limit, since it costs a round trip each
     */
    static List<RuleMatch> matches(
            SeedingRule rule,
            List<Row> rows,
            Instant now,
            Function<InfoHash, Instant> lastActive,
            Predicate<InfoHash> onTracker) {
        var matches = new ArrayList<RuleMatch>();
        for (Row row : rows) {
            if (!row.get(TorrentFields.COMPLETE) || !inLabelScope(rule.scope(), row)) {
                continue;
            }
            if (rule.action() == RuleAction.STOP && !row.get(TorrentFields.STATE)) {
                continue; // already stopped: nothing to do, and saying so each minute is noise
            }
            InfoHash hash = row.get(TorrentFields.HASH);
            Optional<String> reason = reason(rule.limits(), row, now, lastActive.apply(hash));
            if (reason.isPresent() && (!(rule.scope() instanceof RuleScope.OfTracker) || onTracker.test(hash))) {
                matches.add(new RuleMatch(hash, row.get(TorrentFields.NAME), reason.get()));
            }
        }
        return List.copyOf(matches);
    }

    private static boolean inLabelScope(RuleScope scope, Row row) {
        return !(scope instanceof RuleScope.OfLabel of)
                || row.get(TorrentFields.LABEL).equals(of.label());
    }

    private static Optional<String> reason(Limits limits, Row row, Instant now, Instant lastActive) {
        double ratio = row.get(TorrentFields.RATIO);
        if (limits.ratio().isPresent() && ratio >= limits.ratio().get()) {
            return Optional.of(String.format(
                    Locale.ROOT, "ratio %.2f >= %s", ratio, plain(limits.ratio().get())));
        }
        Optional<Instant> finished = row.get(TorrentFields.FINISHED);
        if (limits.seeding().isPresent() && finished.isPresent()) {
            Duration seeded = Duration.between(finished.get(), now);
            if (seeded.compareTo(limits.seeding().get()) >= 0) {
                return Optional.of("seeding " + words(seeded) + " >= "
                        + words(limits.seeding().get()));
            }
        }
        if (limits.idle().isPresent()) {
            Duration idle = Duration.between(lastActive, now);
            if (idle.compareTo(limits.idle().get()) >= 0) {
                return Optional.of(
                        "idle " + words(idle) + " >= " + words(limits.idle().get()));
            }
        }
        return Optional.empty();
    }

    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** "3d 4h", "2h 5m", "7m": what a person reads at a glance. */
    static String words(Duration time) {
        long minutes = Math.max(0, time.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (rest > 0 ? " " + rest + "m" : "");
        }
        return rest + "m";
    }
}
