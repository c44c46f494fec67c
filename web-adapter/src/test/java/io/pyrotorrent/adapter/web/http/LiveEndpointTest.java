package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSON the page script polls: the same values the pages show, named as their data-field attributes. */
class LiveEndpointTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theOverviewsDataHasEachSectionsStatusCountsAndRowsOfTheSameQuery() {
        ui.seedbox.put(TestTorrent.single("alpha").metainfo(), true).rates(0, 4096);
        ui.seedbox.put(TestTorrent.single("beta").metainfo(), false);
        ui.nas.failWith(new ClientFailure.Unreachable("no route to host"));
        long before = ui.seedbox.roundTrips();

        var answer = browser.get("live/overview?view=main&q=alpha");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(answer.body())
                .contains(
                        "\"target\":\"seedbox\",\"loaded\":true",
                        "\"name\":\"alpha\"",
                        "\"downRate\":\"4.00 KiB/s\"",
                        "\"state\":\"started\"",
                        "{\"state\":\"stopped\",\"count\":1}",
                        "\"target\":\"nas\",\"loaded\":false,\"error\":\"rTorrent is unreachable: no route to host\"")
                .doesNotContain("\"name\":\"beta\"");
        assertThat(ui.seedbox.roundTrips() - before).isEqualTo(1);
    }

    @Test
    void theTorrentsDataHasItsInfoFilesAndPeers() {
        var torrent = TestTorrent.single("gamma");
        ui.seedbox.put(torrent.metainfo(), true).complete(true);

        var body = browser.get("live/target/seedbox/torrent/" + torrent.hash().hex())
                .body();

        assertThat(body)
                .contains(
                        "\"info\":{\"state\":\"seeding\"",
                        "\"percent\":100",
                        "\"files\":[{\"index\":0,\"percent\":0,\"chunks\":\"0 / 1\"}]",
                        "\"peers\":[]");
    }

    @Test
    void errorsAreJsonTooNeverAnHtmlPage() {
        var unknown = browser.get(
                "live/target/seedbox/torrent/" + TestTorrent.randomHash().hex());
        var badQuery = browser.get("live/overview?limit=0");
        ui.seedbox.failWith(new ClientFailure.Unreachable("down"));
        var dead = browser.get(
                "live/target/seedbox/torrent/" + TestTorrent.randomHash().hex());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{\"error\":\"no torrent ");
        assertThat(badQuery.statusCode()).isEqualTo(400);
        assertThat(badQuery.body()).isEqualTo("{\"error\":\"limit is 1 to 1000, not 0\"}");
        assertThat(dead.statusCode()).isEqualTo(502);
        assertThat(dead.body()).isEqualTo("{\"error\":\"rTorrent is unreachable: down\"}");
    }

    @Test
    void hostileNamesStayInertInTheJson() {
        ui.seedbox.put(TestTorrent.single("</script><img src=x>").metainfo(), false);

        var body = browser.get("live/overview").body();

        assertThat(body)
                .contains("\\u003c/script\\u003e\\u003cimg src=x\\u003e")
                .doesNotContain("<img");
    }

    @Test
    void pagesPointTheScriptAtTheirOwnLiveData() {
        var torrent = TestTorrent.single("delta");
        ui.seedbox.put(torrent.metainfo(), false);

        var overview = browser.get("view/stopped?sort=name&q=del").body();
        var page = browser.get("target/seedbox/torrent/" + torrent.hash().hex()).body();

        assertThat(overview).contains("data-live=\"/live/overview?view=stopped&amp;sort=name&amp;q=del\"");
        assertThat(page)
                .contains("data-live=\"/live/target/seedbox/torrent/"
                        + torrent.hash().hex() + "\"");
    }
}
