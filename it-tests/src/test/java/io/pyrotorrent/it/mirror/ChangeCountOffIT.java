package io.pyrotorrent.it.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.ScgiProbe;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target with {@code changeCount: false}, against real rTorrent 0.9.8: the mirror sets nothing up
 * in rTorrent (the value the default run adds is not there after many polls), and a torrent added
 * by another client still shows within 10 s, by the mirror's looks.
 */
@Timeout(90)
class ChangeCountOffIT {

    private static final Duration ADDED_BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aTargetWithChangeCountOff_getsNothingSetUpInRtorrent_andAddsElsewhereStillShowWithin10s() throws Exception {
        try (var running = AppOnRtorrent.startWithTargetKeys(dir, "changeCount: false")) {
            var app = running.process();
            String list = running.base() + "api/v1/targets/box/torrents?fields=hash,name";
            app.awaitOk(list, Duration.ofSeconds(30));
            var added = TestTorrent.unique("added-elsewhere");

            long from = System.nanoTime();
            RtorrentClient.connect(running.rtorrent().scgiTcpUrl(), TransportSettings.defaults(), trip -> {})
                    .send(Request.of(Command.AddTorrent.of(added.source(), false)));
            app.await(list, ADDED_BOUND, body -> body.contains(added.hash().hex()));
            Duration took = Duration.ofNanos(System.nanoTime() - from);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (polls(running) < 4) { // a poll every 1.5 s: the default would have set it up by now
                assertThat(System.nanoTime()).as("four polls within 20 s").isLessThan(deadline);
                app.awaitOk(list, Duration.ofSeconds(5)); // a read keeps the mirror polling
            }
            String count = ScgiProbe.call(
                    running.rtorrent().scgiAddress(), ScgiProbe.xmlCall("pyrotorrent.changes"), Duration.ofSeconds(5));

            assertThat(count).as("rTorrent has no pyrotorrent.changes").contains("faultCode");
            assertThat(took).isLessThanOrEqualTo(ADDED_BOUND);
        }
    }

    private static long polls(AppOnRtorrent running) throws Exception {
        return PyrotorrentProcess.get(running.base() + "metrics")
                .lines()
                .filter(l -> l.startsWith("pyrotorrent_mirror_polls_total{target=\"box\"}"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
