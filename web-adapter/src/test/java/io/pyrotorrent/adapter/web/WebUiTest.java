package io.pyrotorrent.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.port.out.Targets;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.OverviewService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebUiTest {

    private final InMemoryTorrentClient seedbox = new InMemoryTorrentClient();
    private final InMemoryTorrentClient nas = new InMemoryTorrentClient();
    private Javalin server;

    @BeforeEach
    void start() {
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(TargetName.of("seedbox"), seedbox);
        clients.put(TargetName.of("nas"), nas);
        var overview = new OverviewService(new Targets(clients), Executors.newCachedThreadPool());
        server = Javalin.create(config -> WebUi.register(config, overview)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void overview_listsEachInstancesTorrentsWithHumanUnits() throws Exception {
        var torrent = TestTorrent.unique("debian");
        seedbox.put(torrent.metainfo(), true);

        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(torrent.name(), "1000 B", "started", "fake-rtorrent",
                "rTorrent 0.9.8", "No torrents in this view.");
    }

    @Test
    void aFailingInstance_showsItsErrorWhileTheOthersRender() throws Exception {
        seedbox.put(TestTorrent.single("still-here").metainfo(), false);
        nas.failWith(new ClientFailure.Unreachable("connection refused (scgi://10.0.0.2:5000)"));

        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("still-here", "stopped",
                "rTorrent is unreachable: connection refused (scgi://10.0.0.2:5000)");
    }

    @Test
    void torrentNames_areEscaped() throws Exception {
        seedbox.put(TestTorrent.single("<script>alert(1)</script>").metainfo(), false);

        var body = get("/").body();

        assertThat(body).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void anUnknownView_failsInItsSectionAndABadViewNameIsA400Page() throws Exception {
        var unknown = get("/view/nosuchview");
        var bad = get("/view/a;b");

        assertThat(unknown.body()).contains("Could not find view.");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("view name", "Back to the overview").doesNotContain("Exception");
    }

    @Test
    void anUnknownPath_isA404PageInTheSitesLayout() throws Exception {
        var page = get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("404", "pyroTorrent");
    }

    @Test
    void behindAReverseProxy_everyLinkStartsWithTheBasePath() throws Exception {
        var overview = new OverviewService(new Targets(java.util.Map.of(TargetName.of("seedbox"), seedbox)),
                Executors.newCachedThreadPool());
        Javalin proxied = Javalin.create(config -> {
            config.router.contextPath = "/torrent";
            WebUi.register(config, overview);
        }).start("127.0.0.1", 0);
        try {
            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + proxied.port() + "/torrent/")).build(), HttpResponse.BodyHandlers.ofString());
            var css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + proxied.port() + "/torrent/static/site.css")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.body()).contains("href=\"/torrent/static/site.css\"", "href=\"/torrent/\"")
                    .doesNotContain("href=\"/static");
            assertThat(css.statusCode()).isEqualTo(200);
        } finally {
            proxied.stop();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
