package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every state change needs the token of the visitor's cookie in its form; otherwise 403 and nothing done. */
class CsrfTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash hash =
            ui.seedbox.put(TestTorrent.single("kept.iso").metainfo(), false).hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theFirstPageSetsAnHttpOnlySameSiteTokenCookieAndPutsTheSameTokenInItsForms() {
        var page = browser.get("");

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(CsrfTokens.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(page.body()).contains("name=\"csrf\" value=\"" + browser.cookie(CsrfTokens.COOKIE) + "\"");
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndChangesNothing() {
        browser.get("");

        var answer = browser.postRaw("target/seedbox/action", "action", "start", "hash", hash.hex());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("security token", "pyroTorrent");
        assertThat(ui.stateOnSeedbox(hash)).isEqualTo("stopped");
    }

    @Test
    void aPostWithAWrongTokenIsRefusedAndChangesNothing() {
        browser.get("");

        var answer =
                browser.postRaw("target/seedbox/action", "action", "start", "hash", hash.hex(), "csrf", "A".repeat(43));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(ui.stateOnSeedbox(hash)).isEqualTo("stopped");
    }

    @Test
    void anotherVisitorsTokenIsNotThisVisitorsToken() {
        String stolen = ui.browser().token();
        browser.get("");

        var answer = browser.postRaw("target/seedbox/limits", "down", "100", "up", "100", "csrf", stolen);

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void limitsFilePrioritiesAndAddingAreGuardedToo() {
        browser.get("");
        var limits = browser.postRaw("target/seedbox/limits", "down", "5", "up", "5");
        var priority = browser.postRaw("target/seedbox/torrent/" + hash.hex() + "/file/0/priority", "priority", "off");
        var add = browser.postRaw(
                "target/seedbox/add_torrent",
                "magnets",
                TestTorrent.magnet(TestTorrent.randomHash()).uri());

        assertThat(List.of(limits.statusCode(), priority.statusCode(), add.statusCode()))
                .containsOnly(403);
        assertThat(browser.get("").body()).contains("(limit <span data-status-field=\"downLimit\">unlimited");
    }

    @Test
    void aMultipartAddWithAWrongTokenIsRefusedAndAddsNothing() {
        var magnet = TestTorrent.magnet(TestTorrent.randomHash());
        browser.get("");

        var answer = browser.postMultipart(
                "target/seedbox/add_torrent", Map.of("csrf", "B".repeat(43), "magnets", magnet.uri()), List.of());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.get("").body()).doesNotContain(".meta");
    }

    @Test
    void getNeverChangesAnything() {
        var answer = browser.get("target/seedbox/action?action=start&hash=" + hash.hex());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(ui.stateOnSeedbox(hash)).isEqualTo("stopped");
    }
}
