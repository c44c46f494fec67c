package io.pyrotorrent.adapter.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.rest.TorrentColumns;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static TorrentEvent.Full snapshot(String name) {
        var torrents = Columns.of(List.of(TorrentFields.HASH, TorrentFields.NAME));
        var client = Columns.of(List.of(ClientFields.UP_RATE));
        return new TorrentEvent.Full(List.of(torrents.row(InfoHash.of("AB".repeat(20)), name)), client.row(5L));
    }

    @Test
    void streamsOfTheSameColumns_writeOneSnapshotOnce_andOtherColumnsOrSnapshotsGetTheirOwn() {
        var names = TorrentColumns.parse(Optional.of(List.of("name")));
        var full = snapshot("shared");

        EventJson.Sse one = new EventJson(names).of(full);
        EventJson.Sse two = new EventJson(TorrentColumns.parse(Optional.of(List.of("name")))).of(full);
        EventJson.Sse hashOnly = new EventJson(TorrentColumns.parse(Optional.of(List.of("hash")))).of(full);
        EventJson.Sse newer = new EventJson(names).of(snapshot("newer"));

        assertThat(two).isSameAs(one);
        assertThat(one.data()).contains("\"name\":\"shared\"");
        assertThat(hashOnly.data()).doesNotContain("shared");
        assertThat(newer.data()).contains("newer");
    }
}
