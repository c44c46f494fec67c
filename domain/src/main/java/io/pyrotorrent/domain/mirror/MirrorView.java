package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One published, immutable state of a target's mirror: what readers sort, filter and slice. A
 * new view is swapped in after each poll, so a reader never waits for a poll and never sees half
 * of one.
 *
 * @param version grows by one each time a row is added, removed or changed
 * @param rows every torrent by hash, in the order of rTorrent's main view (unmodifiable)
 * @param client client-wide values read with the last poll (pid, global rates, totals, limits)
 * @param asOf for each value class, the time from which every row's values of that class are
 *     known to be current; absent before the first full read
 * @param fault the last failure while the target is failing; the rows are then the last known
 * @param stale true while the rows may not be the target's (failing, restarted, never filled)
 */
public record MirrorView(
        long version,
        Map<InfoHash, Row> rows,
        Optional<Row> client,
        Map<ValueClass, Instant> asOf,
        Optional<TargetFault> fault,
        boolean stale) {

    static final MirrorView EMPTY = new MirrorView(0, Map.of(), Optional.empty(), Map.of(), Optional.empty(), true);

    public MirrorView {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(client, "client");
        asOf = asOf.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(asOf));
        Objects.requireNonNull(fault, "fault");
    }

    /** The rows as a list, in view order, for {@code Slicer} and friends. */
    public List<Row> list() {
        return List.copyOf(rows.values());
    }

    /** How old the values of a class are at {@code now}; empty when they were never read. */
    public Optional<Duration> age(ValueClass valueClass, Instant now) {
        return Optional.ofNullable(asOf.get(valueClass)).map(at -> Duration.between(at, now));
    }

    /** True when the rows are the target's and the moving values are at most {@code maxAge} old. */
    public boolean freshFor(Duration maxAge, Instant now) {
        return !stale
                && age(ValueClass.MOVING, now)
                        .filter(a -> a.compareTo(maxAge) <= 0)
                        .isPresent();
    }
}
