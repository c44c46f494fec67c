package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.Label;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverviewPageTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void eachInstanceHasAHeaderAndATableOfItsTorrentsInHumanUnits() {
        var torrent = TestTorrent.unique("debian");
        ui.seedbox.put(torrent.metainfo(), true).rates(2048, 3 * 1024 * 1024).label(Label.of("linux"));

        var page = browser.get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "id=\"target-seedbox\"",
                        "id=\"target-nas\"",
                        "fake-rtorrent",
                        "rTorrent 0.9.8 / libtorrent 0.13.8",
                        "data-count=\"started\">1<",
                        torrent.name(),
                        "1000 B",
                        "3.00 MiB/s",
                        "2.00 KiB/s",
                        "data-field=\"state\">started<",
                        "linux",
                        "href=\"/target/seedbox/torrent/" + torrent.hash().hex() + "\"",
                        "No torrents in this view.");
    }

    @Test
    void aPageOfLatinNames_holdsOnlyLatin1Characters_soJavaKeepsItOneBytePerCharacter() {
        // A paused torrent's ETA is "∞"; the templates' ellipses are entities.
        ui.seedbox.put(TestTorrent.unique("debian").metainfo(), false);

        var body = browser.get("").body();

        assertThat(body).contains("&#8734;", "Search names&hellip;");
        assertThat(body.chars()
                        .filter(c -> c > 0xFF)
                        .mapToObj(Character::toString)
                        .toList())
                .isEmpty();
    }

    @Test
    void aSearchThatMatchesNothing_saysSo_andOffersToClearIt() {
        ui.seedbox.put(TestTorrent.unique("debian").metainfo(), true);

        var body = browser.get("view/main?q=nomatch").body();

        assertThat(body)
                .contains("No torrents match these filters.", "<a class=\"clear\" href=\"/view/main\">Clear them</a>")
                .doesNotContain("No torrents in this view.");
    }

    @Test
    void rowsKeptThroughAnIdleSpell_arePaintedMarkedWithTheirAge_whileTheLiveDataIsCurrent() {
        ui.seedbox.put(TestTorrent.unique("debian").metainfo(), true);
        ui.seedboxKeptFrom = Optional.of(Instant.now().minus(Duration.ofMinutes(3)));

        var page = browser.get("").body();
        ui.seedboxKeptFrom = Optional.of(Instant.now().minusSeconds(40));
        var recent = browser.get("").body();
        var live = browser.get("live/overview?view=main").body();

        assertThat(page)
                .contains(
                        "data-target=\"seedbox\" data-kept>",
                        "data-target=\"nas\">",
                        "Rates and progress as of 3 minutes ago; updating")
                .doesNotContain("data-target=\"nas\" data-kept");
        assertThat(recent).containsPattern("as of 4[01] s ago; updating");
        assertThat(live).contains("\"kept\":\"\"").doesNotContain("minutes ago");
    }

    @Test
    void anEmptyInstanceSaysSoAndStillShowsItsHeaderAndForms() {
        var body = browser.get("").body();

        assertThat(body)
                .contains(
                        "No torrents in this view.",
                        "id=\"limits-seedbox\"",
                        "Add torrents",
                        "href=\"/target/nas/add_torrent\"");
    }

    @Test
    void aFailingInstanceShowsItsErrorWhileTheOthersRender() {
        ui.seedbox.put(TestTorrent.single("still-here").metainfo(), false);
        ui.nas.failWith(new ClientFailure.Unreachable("connection refused (scgi://10.0.0.2:5000)"));

        var page = browser.get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "still-here",
                        "data-field=\"state\">stopped<",
                        "rTorrent is unreachable: connection refused (scgi://10.0.0.2:5000)");
    }

    @Test
    void aTrackerErrorIsShownUnderTheName() {
        ui.seedbox
                .put(TestTorrent.single("noisy").metainfo(), true)
                .message("Tracker: [Failure reason \"unregistered\"]");

        var body = browser.get("").body();

        assertThat(body)
                .contains("<div class=\"message\" data-field=\"message\">Tracker: [Failure reason "
                        + "&quot;unregistered&quot;]</div>");
    }

    @Test
    void hostileTorrentNamesAndMessagesAreEscaped() {
        ui.seedbox
                .put(TestTorrent.single("<script>alert(1)</script>").metainfo(), false)
                .message("<img src=x onerror=alert(2)>");

        var body = browser.get("").body();

        assertThat(body)
                .doesNotContain("<script>alert(1)</script>", "<img src=x")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void theViewSelectorListsRtorrentsViewsAndAnUnknownViewFailsInItsSections() {
        var views = browser.get("").body();
        var unknown = browser.get("view/nosuchview");

        assertThat(views).contains("href=\"/view/seeding\"", "href=\"/view/stopped\"");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("Could not find view.");
    }

    @Test
    void badParametersAreA400PageNamingTheProblem() {
        var badView = browser.get("view/a;b");
        var badLimit = browser.get("view/main?limit=5000");
        var badSort = browser.get("view/main?sort=nonsense");

        assertThat(badView.statusCode()).isEqualTo(400);
        assertThat(badView.body()).contains("view name", "Back to the overview").doesNotContain("Exception");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit is 1 to 1000");
        assertThat(badSort.body()).contains("cannot sort by &#39;nonsense&#39;");
    }

    @Test
    void anUnknownPathIsA404PageInTheSitesLayout() {
        var page = browser.get("no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("404", "pyroTorrent", "No such page.");
    }

    @Test
    void pagesLoadOnlyOurOwnScriptAndStyleAndForbidEverythingElse() {
        var page = browser.get("");

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.body())
                .contains("<script src=\"/static/live.js\" defer></script>")
                .doesNotContain("<script>", "onclick", "style=\"");
    }

    @Test
    void theOverviewCostsOneRoundTripPerInstance() {
        for (int i = 0; i < 20; i++) {
            ui.seedbox.put(TestTorrent.single("t" + i).metainfo(), i % 2 == 0);
        }
        long seedbox = ui.seedbox.roundTrips();
        long nas = ui.nas.roundTrips();

        browser.get("");

        assertThat(ui.seedbox.roundTrips() - seedbox).isEqualTo(1);
        assertThat(ui.nas.roundTrips() - nas).isEqualTo(1);
    }

    @Test
    void aFlashMessageIsEscapedAndShownOnlyOnce() {
        var hash = ui.seedbox
                .put(TestTorrent.single("<b>bold</b>").metainfo(), false)
                .hash();

        var answer = browser.post("target/seedbox/action", "action", "start", "hash", hash.hex(), "return", "");
        var first = browser.follow(answer).body();
        var second = browser.get("").body();

        assertThat(first).contains("<p class=\"flash-ok\">Started: &lt;b&gt;bold&lt;/b&gt;</p>");
        assertThat(second).doesNotContain("flash-ok");
    }
}
