package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The same slice of what people do (the legacy API's example, the REST list, a start, details, the
 * event stream, an add through the CLI) on rTorrent 0.16 over JSON-RPC, which the jar picks by
 * itself; plus the HTML overview and torrent page there.
 */
class ApiAgainstRtorrent016IT extends ApiAgainstRealRtorrentIT {

    @Override
    String rtorrentImage() {
        return RtorrentContainer.IMAGE_0_16;
    }

    @Override
    String rtorrentVersion() {
        return "0.16.17";
    }

    @Test
    void health_andMetrics_sayJsonRpcAndTheVersion() throws Exception {
        String health = PyrotorrentProcess.get(base + "health");
        String metrics = PyrotorrentProcess.get(base + "metrics");

        assertThat(health).contains("\"clientVersion\":\"0.16.17\"", "\"rpc\":\"jsonrpc\"");
        assertThat(metrics).contains("pyrotorrent_rtorrent_info{rpc=\"jsonrpc\",target=\"box\",version=\"0.16.17\"} 1");
    }

    @Test
    void theOverview_andTheTorrentPage_showTheTorrent() throws Exception {
        String overview = app.await(base, Duration.ofSeconds(20), body -> body.contains(torrent.name()));
        String page = PyrotorrentProcess.get(
                base + "target/box/torrent/" + torrent.hash().hex());

        assertThat(overview).contains(torrent.hash().hex());
        assertThat(page).contains(torrent.name(), io.pyrotorrent.domain.fake.TestTorrent.TRACKER);
    }
}
