package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a label through the real jar on real rTorrent 0.9.8, read back from rTorrent's own
 * d.custom1 with a separate client: every torrent with label A now has B, the others are
 * untouched; then the CLI removes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class LabelRenameAgainstRealRtorrentIT {

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TestTorrent a1 = TestTorrent.unique("label-a1");
    private final TestTorrent a2 = TestTorrent.unique("label-a2");
    private final TestTorrent other = TestTorrent.unique("label-b");
    private final TestTorrent none = TestTorrent.unique("label-none");
    private AppOnRtorrent running;
    private RtorrentClient rtorrent;
    private String api;

    @BeforeAll
    void start() throws Exception {
        running = AppOnRtorrent.start(dir, "", "", List.of("box"), List.of(a1, a2, other, none));
        rtorrent = RtorrentClient.connect(running.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        api = running.base() + "api/v1/targets/box/";
        running.process()
                .await(
                        api + "torrents?fields=hash",
                        Duration.ofSeconds(30),
                        body -> body.contains(none.hash().hex()));
        // Through pyroTorrent, so its mirror knows the labels at once.
        for (var labelled : List.of(a1, a2)) {
            send("PUT", "torrents/" + labelled.hash().hex() + "/label", "{\"label\": \"linux isos\"}");
        }
        send("PUT", "torrents/" + other.hash().hex() + "/label", "{\"label\": \"linux\"}");
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void everyTorrentWithTheLabelGetsTheNewOne_theOthersKeepTheirs() throws Exception {
        var reply = send("POST", "labels/rename", "{\"from\": \"linux isos\", \"to\": \"distros/été\"}");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(reply.body()).get("renamed")).hasSize(2);
        assertThat(labelInRtorrent(a1)).isEqualTo(Label.of("distros/été"));
        assertThat(labelInRtorrent(a2)).isEqualTo(Label.of("distros/été"));
        assertThat(labelInRtorrent(other)).isEqualTo(Label.of("linux"));
        assertThat(labelInRtorrent(none)).isEqualTo(Label.NONE);

        var removed = cli("rename-label", "--target", "box", "distros/été", "");

        assertThat(removed.exitCode()).as(removed.stderr()).isZero();
        assertThat(removed.stdout()).contains("removed label 'distros/été' from 2 torrent(s)");
        assertThat(labelInRtorrent(a1)).isEqualTo(Label.NONE);
        assertThat(labelInRtorrent(a2)).isEqualTo(Label.NONE);
        assertThat(labelInRtorrent(other)).isEqualTo(Label.of("linux"));
    }

    private Label labelInRtorrent(TestTorrent torrent) {
        var request = Request.builder();
        var row = request.add(TorrentQuery.of(torrent.hash(), TorrentFields.LABEL));
        return rtorrent.send(request.build()).get(row).get(TorrentFields.LABEL);
    }

    private PyrotorrentProcess.Result cli(String... args) {
        var all = new ArrayList<>(List.of("--config", running.config().toString()));
        all.addAll(List.of(args));
        return PyrotorrentProcess.run(dir, all.toArray(String[]::new));
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        var reply = http.send(
                HttpRequest.newBuilder(URI.create(api + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() >= 500) {
            throw new AssertionError(method + " " + path + ": " + reply.body());
        }
        return reply;
    }
}
