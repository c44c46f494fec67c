package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rates.RateSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The header bar: rates and limit presets per instance, the speed graph's data, the user menu. */
class HeaderTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theOverviewsHeader_hasEachInstancesLimitPresetsAsFormsThatWorkWithoutScript() {
        var body = browser.get("").body();

        assertThat(body)
                .contains(
                        "<details class=\"rates-menu popover-menu\" id=\"rates-menu\">",
                        "action=\"/target/seedbox/limits\"",
                        "action=\"/target/nas/limits\"",
                        "name=\"down\" value=\"5120\" data-preset=\"down-5120\"",
                        "name=\"up\" value=\"51200\" data-preset=\"up-51200\"",
                        // both limits start unlimited, so the unlimited presets are the pressed ones
                        "name=\"down\" value=\"0\" data-preset=\"down-0\" class=\"current\" aria-pressed=\"true\"");
    }

    @Test
    void aPresetNamesOneDirection_andLeavesTheOtherLimitAsItWas() {
        browser.post("target/seedbox/limits", "down", "0", "up", "2048", "return", "");

        var answer = browser.post("target/seedbox/limits", "down", "10240", "return", "");

        assertThat(browser.follow(answer).body())
                .contains(
                        "Limits on seedbox: download 10.0 MiB/s<",
                        "data-status-field=\"downLimit\">10.0 MiB/s<",
                        "data-status-field=\"upLimit\">2.00 MiB/s<",
                        "name=\"down\" value=\"10240\" data-preset=\"down-10240\" class=\"current\"");
    }

    @Test
    void aLimitsFormNamingNoLimit_isA400SayingWhatItNeeds() {
        var answer = browser.post("target/seedbox/limits", "return", "");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("the form names no limit: give down, up or both");
    }

    @Test
    void theUserMenu_holdsTheThemeSwitchTheAuditLogAndTheApiDocs() {
        var body = browser.get("").body();

        assertThat(body)
                .contains(
                        "<details class=\"user-menu popover-menu\" id=\"user-menu\">",
                        "<select id=\"theme-switch\" aria-label=\"Theme\">",
                        "href=\"/audit\">Audit log</a>",
                        "href=\"/api/v1/docs\">API docs</a>");
        assertThat(body.indexOf("id=\"theme-switch\"")).isGreaterThan(body.indexOf("id=\"user-menu\""));
    }

    @Test
    void theRatesData_hasTheTotalFirst_thenEachInstance_asColumns() {
        var at = ui.clock.instant();
        ui.rateHistory.record(TargetName.of("seedbox"), new RateSample(at, 3000, 100));
        ui.rateHistory.record(TargetName.of("nas"), new RateSample(at, 1000, 50));

        var answer = browser.get("live/rates");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        long t = at.getEpochSecond();
        assertThat(answer.body())
                .startsWith("{\"window\":600,\"period\":2,\"series\":[")
                .contains(
                        "{\"name\":\"total\",\"label\":\"All instances\",\"t\":[" + t
                                + "],\"down\":[4000],\"up\":[150]}",
                        "{\"name\":\"seedbox\",\"label\":\"seedbox\",\"t\":[" + t + "],\"down\":[3000],\"up\":[100]}",
                        "{\"name\":\"nas\",\"label\":\"nas\",\"t\":[" + t + "],\"down\":[1000],\"up\":[50]}");
    }

    @Test
    void aTorrentsRates_areKeptWhileItMoves_andServedForItsDrawer() {
        var torrent = TestTorrent.single("moving");
        ui.seedbox.put(torrent.metainfo(), true).rates(512, 8192);
        browser.get("live/rates"); // a graph is watched: the sampler runs

        ui.rateSampler.tick();
        var body = browser.get("live/target/seedbox/torrent/" + torrent.hash().hex() + "/rates")
                .body();

        assertThat(body).contains("\"down\":[8192],\"up\":[512]");
    }

    @Test
    void aTorrentOfAnUnknownTarget_isA404InJson() {
        var answer = browser.get(
                "live/target/nowhere/torrent/" + TestTorrent.randomHash().hex() + "/rates");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).startsWith("{\"error\":");
    }

    @Test
    void uPlotAndTheGraphScript_areServedFromOurOwnPaths() {
        assertThat(browser.get("static/vendor/uplot/dist/uPlot.esm.js").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("static/vendor/uplot/dist/uPlot.min.css").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("static/speed-graph.js").body())
                .contains("import uPlot from './vendor/uplot/dist/uPlot.esm.js'");
        assertThat(browser.get("").body()).contains("<script type=\"module\" src=\"/static/speed-graph.js\"></script>");
    }
}
