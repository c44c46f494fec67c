package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which read steps a {@link MirrorView} answers, and their answers: rows with exactly the asked
 * columns, in view order, as rTorrent would have sent them.
 */
final class MirrorAnswers {

    private static final Set<Field<?>> CLIENT = Set.copyOf(PollPlan.CLIENT_FIELDS);

    private final Set<Field<?>> mirrored;

    MirrorAnswers(List<Field<?>> mirrored) {
        this.mirrored = Set.copyOf(mirrored);
    }

    /** Lists of a view the mirror derives, of mirrored fields; client values every poll reads. */
    boolean canAnswer(Step<?> step) {
        if (step instanceof TorrentListQuery list) {
            return DerivedViews.of(list.view()).isPresent()
                    && mirrored.containsAll(list.columns().fields());
        }
        return step instanceof ClientQuery client
                && CLIENT.containsAll(client.columns().fields());
    }

    /** True when the request reads a torrent list the mirror answers: only then is it a watcher. */
    boolean worthAMirror(Request request) {
        return request.steps().stream().anyMatch(s -> s instanceof TorrentListQuery && canAnswer(s));
    }

    /** Call only for a step {@link #canAnswer} accepted. */
    static Outcome<?> answer(Step<?> step, MirrorView view) {
        if (step instanceof TorrentListQuery list) {
            var filter = DerivedViews.of(list.view()).orElseThrow();
            var rows = new ArrayList<Row>();
            for (Row row : view.rows().values()) {
                if (filter.test(row)) {
                    // Shared, not copied: the caller sorts and cuts them to a page within its request.
                    rows.add(row.sharing(list.columns()));
                }
            }
            return new Outcome.Success<List<Row>>(List.copyOf(rows));
        }
        var client = (ClientQuery) step;
        return new Outcome.Success<>(view.client().orElseThrow().select(client.columns()));
    }
}
