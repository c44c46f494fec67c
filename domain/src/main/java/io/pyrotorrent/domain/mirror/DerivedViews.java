package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * rTorrent's built-in views that the mirror can answer itself, each as the filter rTorrent 0.9.8
 * declares for it (view.filter in its main.cc), applied to the main view's order as rTorrent's
 * unsorted views keep it. Left out on purpose: {@code name} (sorted by rTorrent's byte order),
 * {@code active} (its membership is rTorrent's own bookkeeping, not a flag we mirror for idle
 * torrents) and every view defined in an rtorrent.rc: those are read live.
 */
final class DerivedViews {

    private static final Map<String, Predicate<Row>> FILTERS = Map.of(
            "main", row -> true,
            "default", row -> true,
            "started", row -> row.get(TorrentFields.STATE),
            "stopped", row -> !row.get(TorrentFields.STATE),
            "complete", row -> row.get(TorrentFields.COMPLETE),
            "incomplete", row -> !row.get(TorrentFields.COMPLETE),
            "hashing", row -> row.get(TorrentFields.HASHING),
            "seeding", row -> row.get(TorrentFields.STATE) && row.get(TorrentFields.COMPLETE),
            "leeching", FlagCounts::leeching);

    static Optional<Predicate<Row>> of(ViewName view) {
        return Optional.ofNullable(FILTERS.get(view.value()));
    }

    private DerivedViews() {}
}
