package io.pyrotorrent.adapter.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.rest.TorrentColumns;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    /** Records what a stream writes; leaves after {@code events} events. */
    private static final class RecordingSink implements EventSink {
        final List<byte[]> written = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        private final int events;

        RecordingSink(int events) {
            this.events = events;
        }

        @Override
        public void event(String name, byte[] json) {
            names.add(name);
            written.add(json);
        }

        @Override
        public void comment(String text) {}

        @Override
        public boolean open() {
            return written.size() < events;
        }
    }

    private static TorrentEvent.Full snapshot(int torrents) {
        var columns = Columns.of(List.of(TorrentFields.HASH, TorrentFields.NAME));
        var rows = IntStream.range(0, torrents)
                .mapToObj(i -> columns.row(InfoHash.of("%040X".formatted(i)), "torrent " + i))
                .toList();
        return new TorrentEvent.Full(
                rows, Columns.of(List.of(ClientFields.UP_RATE)).row(0L));
    }

    @Test
    void streamsThatStartTogether_writeTheSnapshotFromOneArray_notACopyEach() {
        var full = snapshot(2_000);
        var sinks = new ArrayList<RecordingSink>();
        for (int i = 0; i < 3; i++) {
            var stream = new EventStream(TorrentColumns.parse(Optional.of(List.of("name"))), Duration.ofSeconds(5));
            stream.offer(full);
            var sink = new RecordingSink(1);
            stream.pump(sink);
            sinks.add(sink);
        }

        assertThat(sinks).allSatisfy(sink -> assertThat(sink.names).containsExactly("full"));
        assertThat(sinks.get(1).written.get(0)).isSameAs(sinks.get(0).written.get(0));
        assertThat(sinks.get(2).written.get(0)).isSameAs(sinks.get(0).written.get(0));
        assertThat(new String(sinks.get(0).written.get(0), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"name\":\"torrent 1999\"");
    }

    @Test
    void anEventIsOneLine_evenWhenAValueHoldsLineBreaks() {
        var columns = Columns.of(List.of(TorrentFields.HASH, TorrentFields.NAME));
        var full = new TorrentEvent.Full(
                List.of(columns.row(InfoHash.of("CD".repeat(20)), "two\nlines\r\nand more")),
                Columns.of(List.of(ClientFields.UP_RATE)).row(0L));
        var stream = new EventStream(TorrentColumns.parse(Optional.of(List.of("name"))), Duration.ofSeconds(5));
        stream.offer(full);
        var sink = new RecordingSink(1);

        stream.pump(sink);

        assertThat(sink.written.get(0)).doesNotContain((byte) '\n', (byte) '\r');
    }

    @Test
    void aClientThatLeavesMidWrite_endsTheStream_withoutAnError() {
        var stream = new EventStream(TorrentColumns.parse(Optional.of(List.of("name"))), Duration.ofSeconds(5));
        stream.offer(snapshot(3));
        var calls = new ArrayList<String>();
        stream.pump(new EventSink() {
            @Override
            public void event(String name, byte[] json) throws IOException {
                calls.add(name);
                throw new IOException("Broken pipe");
            }

            @Override
            public void comment(String text) {}

            @Override
            public boolean open() {
                return true;
            }
        });

        assertThat(calls).containsExactly("full");
    }
}
