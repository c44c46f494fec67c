package io.pyrotorrent.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings page: the form as rTorrent reads it, only changes sent, bad values named and nothing sent. */
class ClientSettingsPageTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    /** What the form sends as the fake's defaults stand, with these fields replaced. */
    private static String[] form(String... replaced) {
        var fields = new ArrayList<>(List.of(
                "max_peers", "200",
                "max_peers_seed", "-1",
                "max_uploads", "50",
                "max_uploads_global", "0",
                "max_downloads_global", "0",
                "port_range", "6890-6999",
                "port_random", "on",
                "dht", "",
                "pex", "on",
                "udp_trackers", "on",
                "pieces_memory", "3221225472",
                "hash_on_completion", "on",
                "default_directory", "/downloads"));
        for (int i = 0; i < replaced.length; i += 2) {
            int at = fields.indexOf(replaced[i]);
            if (at < 0) {
                fields.add(replaced[i]);
                fields.add(replaced[i + 1]);
            } else if (replaced[i + 1] == null) {
                fields.remove(at + 1);
                fields.remove(at);
            } else {
                fields.set(at + 1, replaced[i + 1]);
            }
        }
        return fields.toArray(String[]::new);
    }

    @Test
    void thePage_showsEachSettingAsRtorrentReadsIt_andIsLinkedFromTheOverview() {
        assertThat(browser.get("").body()).contains("href=\"/target/seedbox/settings\"");

        var page = browser.get("target/seedbox/settings");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("name=\"max_peers\" value=\"200\"")
                .contains("name=\"port_range\" value=\"6890-6999\"")
                .contains("<input type=\"checkbox\" name=\"pex\" checked>")
                .contains("(unknown: rTorrent cannot tell)");
    }

    @Test
    void saving_sendsOnlyWhatChanged_andTheConfirmationNamesIt() {
        var answer = browser.post(
                "target/seedbox/settings",
                form("max_peers", "150", "pex", null, "dht", "auto", "encryption", "require"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(browser.follow(answer).body())
                .contains("Settings of seedbox changed: max_peers 150, dht auto, pex false, encryption require")
                .contains("name=\"max_peers\" value=\"150\"")
                .contains("<option value=\"auto\" selected>auto</option>")
                .contains("value=\"require\" checked");
        assertThat(ui.audit.find(AuditQuery.latest(10)))
                .extracting(entry -> entry.action())
                .containsExactly("ChangeSettings max_peers=150 dht=auto pex=false encryption=require");
    }

    @Test
    void aBadValue_reShowsTheFormAsTyped_namingTheSetting_andSendsNothing() {
        var answer = browser.post("target/seedbox/settings", form("max_peers", "lots", "port_range", "9-1"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("Nothing changed: max_peers takes a whole number from 1 to 65535, not &#39;lots&#39;")
                .contains("port_range takes a port range")
                .contains("name=\"max_peers\" value=\"lots\"");
        assertThat(browser.get("target/seedbox/settings").body()).contains("name=\"max_peers\" value=\"200\"");
        assertThat(ui.audit.find(AuditQuery.latest(10))).isEmpty();
    }
}
