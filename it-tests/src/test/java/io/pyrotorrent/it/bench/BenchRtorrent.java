package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's rTorrent, talked to directly: filled with N torrents, and how it is reached. */
final class BenchRtorrent {

    private BenchRtorrent() {}

    /** N tiny paused torrents, in requests of 1,000 loads (the adapter splits each under 512 KiB). */
    static List<TestTorrent> load(RtorrentContainer rtorrent, int n, Map<String, String> notes) {
        long started = System.nanoTime();
        var client = RtorrentClient.connect(rtorrent.scgiTcpUrl(), settings());
        var torrents = new ArrayList<TestTorrent>(n);
        for (int from = 0; from < n; from += 1000) {
            var request = Request.builder();
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                TestTorrent torrent = TestTorrent.unique("bench-" + i);
                torrents.add(torrent);
                request.add(Command.AddTorrent.of(torrent.source(), false));
            }
            var outcomes = client.send(request.build()).outcomes();
            assertThat(outcomes).allMatch(Outcome.Success.class::isInstance);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int count;
        while ((count = ((List<?>) client.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH)))
                                .outcomes()
                                .get(0)
                                .orThrow())
                        .size())
                < n) {
            assertThat(System.nanoTime())
                    .as("only " + count + " of " + n + " torrents arrived")
                    .isLessThan(deadline);
            Pacing.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        notes.put("loading " + n + " torrents (load.raw, batched)", String.format(Locale.ROOT, "%.1f s", seconds));
        Pacing.log("loaded %,d torrents in %.1f s", n, seconds);
        return torrents;
    }

    /** 300 s: on a loaded machine one request of 1,000 loads into 19,000 torrents took over 120 s. */
    static TransportSettings settings() {
        return new TransportSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(300),
                TransportSettings.DEFAULT_MAX_RESPONSE_BYTES,
                TransportSettings.DEFAULT_MAX_REQUEST_BYTES);
    }
}
