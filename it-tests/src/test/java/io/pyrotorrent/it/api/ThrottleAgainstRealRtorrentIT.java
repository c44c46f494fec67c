package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.ThrottleQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Throttle groups through the real jar on real rTorrent 0.9.8 and 0.16, read back with a separate
 * client: the group's limits are rTorrent's, a started torrent really is in the group afterwards
 * (d.throttle_name) and still active (paused and resumed around the change, which rTorrent
 * refuses on an active torrent), a stopped one stays stopped; the CLI takes them out again.
 */
@Timeout(240)
class ThrottleAgainstRealRtorrentIT {

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {RtorrentContainer.IMAGE, RtorrentContainer.IMAGE_0_16})
    void aGroupIsDefined_andTorrentsReallyGoInIt(String image) throws Exception {
        TestTorrent started = TestTorrent.unique("thr-started");
        TestTorrent stopped = TestTorrent.unique("thr-stopped");
        try (AppOnRtorrent running =
                AppOnRtorrent.start(image, dir, "", "", List.of("box"), List.of(started, stopped))) {
            String api = running.base() + "api/v1/targets/box/";
            var rtorrent = RtorrentClient.connect(running.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
            running.process()
                    .await(
                            api + "torrents?fields=hash",
                            Duration.ofSeconds(30),
                            body -> body.contains(stopped.hash().hex()));
            assertThat(send("POST", api + "torrents/" + started.hash().hex() + "/start", "{}")
                            .statusCode())
                    .isEqualTo(200);
            // A group is a slave of the global throttle: without a global limit it reads (and limits) 0.
            rtorrent.send(Request.of(new Command.SetGlobalUpLimit(10L << 20)));
            rtorrent.send(Request.of(new Command.SetGlobalDownLimit(10L << 20)));

            var defined = send("PUT", api + "throttles/slow", "{\"up\": 100, \"down\": 200}");
            var assigned = send(
                    "POST",
                    api + "torrents/throttle",
                    "{\"hashes\": [\"" + started.hash().hex() + "\", \""
                            + stopped.hash().hex() + "\"], \"group\": \"slow\"}");

            assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);
            assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
            JsonNode answer = json.readTree(assigned.body());
            assertThat(answer.get("failed")).isEmpty();
            assertThat(answer.get("resumed")).hasSize(1);
            assertThat(answer.at("/resumed/0").asText())
                    .isEqualTo(started.hash().hex());
            assertThat(throttleOf(rtorrent, started)).isEqualTo("slow");
            assertThat(throttleOf(rtorrent, stopped)).isEqualTo("slow");
            assertThat(flag(rtorrent, started, TorrentFields.ACTIVE)).isTrue();
            assertThat(flag(rtorrent, stopped, TorrentFields.STATE)).isFalse();
            var limits = Request.builder();
            var ref = limits.add(new ThrottleQuery(ThrottleName.of("slow")));
            assertThat(rtorrent.send(limits.build()).get(ref)).isEqualTo(new ThrottleLimits(100 * 1024, 200 * 1024));
            JsonNode groups = json.readTree(send("GET", api + "throttles", null).body());
            assertThat(groups.get("kept").asBoolean()).isFalse();
            assertThat(groups.at("/groups/0/name").asText()).isEqualTo("slow");
            assertThat(groups.at("/groups/0/up_limit").asLong()).isEqualTo(100 * 1024);
            assertThat(groups.at("/groups/0/down_limit").asLong()).isEqualTo(200 * 1024);
            assertThat(groups.at("/groups/0/torrents").asInt()).isEqualTo(2);
            assertThat(send("GET", api + "torrents?fields=hash,throttle", null).body())
                    .contains("\"throttle\":\"slow\"");
            var bad = send("PUT", api + "throttles/a%20b", "{\"up\": 1, \"down\": 1}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("name: a throttle group name is 1 to 32 letters");

            var cli = cli(
                    running,
                    dir,
                    "throttle",
                    "set",
                    "--target",
                    "box",
                    "",
                    started.hash().hex());

            assertThat(cli.exitCode()).as(cli.stderr()).isZero();
            assertThat(cli.stdout()).contains("(paused for the change, resumed)");
            assertThat(throttleOf(rtorrent, started)).isEmpty();
            assertThat(flag(rtorrent, started, TorrentFields.ACTIVE)).isTrue();
        }
    }

    private static String throttleOf(RtorrentClient rtorrent, TestTorrent torrent) {
        var request = Request.builder();
        var row = request.add(TorrentQuery.of(torrent.hash(), TorrentFields.THROTTLE));
        return rtorrent.send(request.build()).get(row).get(TorrentFields.THROTTLE);
    }

    private static boolean flag(
            RtorrentClient rtorrent, TestTorrent torrent, io.pyrotorrent.domain.model.field.Field<Boolean> field) {
        var request = Request.builder();
        var row = request.add(TorrentQuery.of(torrent.hash(), field));
        return rtorrent.send(request.build()).get(row).get(field);
    }

    private static PyrotorrentProcess.Result cli(AppOnRtorrent running, Path dir, String... args) {
        var all = new ArrayList<>(List.of("--config", running.config().toString()));
        all.addAll(List.of(args));
        return PyrotorrentProcess.run(dir, all.toArray(String[]::new));
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
