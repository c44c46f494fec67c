package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/**
 * The torrents of a view that rTorrent loaded after a second of its own clock ({@code d.load_date},
 * compared with {@code system.time}), with these columns, in view order. rTorrent picks them: how
 * the mirror sees torrents other clients add: at 20,000 torrents 26-32 ms of rTorrent's CPU (the
 * predicate is parsed per torrent), where a list of every hash costs 72-100
 * (it-tests/bin/rtorrent-read-costs, two runs on 2026-12-06).
 *
 * @param epochSecond a moment of rTorrent's clock ({@link io.pyrotorrent.domain.model.field.ClientFields#TIME})
 */
public record LoadedAfterQuery(ViewName view, long epochSecond, Columns columns) implements Step<List<Row>> {

    public LoadedAfterQuery {
        Objects.requireNonNull(view, "view");
        if (epochSecond < 0) {
            throw new IllegalArgumentException("a moment of rTorrent's clock is not negative: " + epochSecond);
        }
        columns.requireScope(Scope.TORRENT, "a query of torrents loaded after a moment");
    }

    public static LoadedAfterQuery of(ViewName view, long epochSecond, List<? extends Field<?>> fields) {
        return new LoadedAfterQuery(view, epochSecond, Columns.of(fields));
    }
}
