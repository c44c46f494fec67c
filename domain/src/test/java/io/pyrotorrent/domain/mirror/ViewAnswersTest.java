package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewAnswersTest {

    private static final Columns COLUMNS = Columns.of(List.of(TorrentFields.HASH, TorrentFields.NAME));
    private static final TorrentListQuery NAMES =
            TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH, TorrentFields.NAME);

    private static MirrorView view(long version, String name) {
        Map<InfoHash, Row> rows = new LinkedHashMap<>();
        InfoHash hash = InfoHash.of("AB".repeat(20));
        rows.put(hash, COLUMNS.row(hash, name));
        return new MirrorView(version, rows, Optional.empty(), Map.of(), Optional.empty(), false);
    }

    @Test
    void readersOfOneView_shareOneAnswer() {
        var answers = new ViewAnswers();
        MirrorView view = view(3, "same");

        assertThat(answers.answer(NAMES, view)).isSameAs(answers.answer(NAMES, view));
    }

    @Test
    void aReaderHoldingAnOlderView_getsTheNewerViewsSharedAnswer_notAProjectionOfItsOwn() {
        var answers = new ViewAnswers();
        MirrorView older = view(3, "before the poll");
        MirrorView newer = view(4, "after the poll");

        var fresh = answers.answer(NAMES, newer);
        var late = answers.answer(NAMES, older);

        assertThat(late).isSameAs(fresh);
        assertThat(late.orThrow())
                .singleElement()
                .satisfies(r -> assertThat(r.get(TorrentFields.NAME)).isEqualTo("after the poll"));
        assertThat(answers.answer(NAMES, view(5, "later still")).orThrow())
                .singleElement()
                .satisfies(r -> assertThat(r.get(TorrentFields.NAME)).isEqualTo("later still"));
    }
}
