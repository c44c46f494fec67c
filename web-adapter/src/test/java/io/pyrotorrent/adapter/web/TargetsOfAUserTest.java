package io.pyrotorrent.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** alice may use seedbox only: nas is invisible to her, and answers exactly like a target that does not exist. */
class TargetsOfAUserTest {

    private final RunningWebUi ui = RunningWebUi.withUsers(WebOptions.DEFAULT, RunningWebUi.user("alice", "seedbox"));
    private final Browser alice = ui.browser();
    private final InfoHash onNas =
            ui.nas.put(TestTorrent.single("nas-secret.iso").metainfo(), false).hash();

    @BeforeEach
    void logIn() {
        ui.seedbox.put(TestTorrent.single("mine.iso").metainfo(), false);
        alice.logIn("alice", "secret-alice");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theOverview_showsOnlyHerTargets() {
        var page = alice.get("").body();
        var live = alice.get("live/overview").body();

        assertThat(page).contains("mine.iso").doesNotContain("nas-secret.iso", "data-target=\"nas\"");
        assertThat(live).doesNotContain("nas");
        assertThat(ui.nas.roundTrips()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"torrent/%s", "torrent/%s/torrent_file", "torrent/%s/file/0", "add_torrent"})
    void anotherTargetsPages_answerAsAnUnknownTarget(String page) {
        var hidden = alice.get("target/nas/" + page.formatted(onNas.hex()));
        var missing = alice.get("target/nowhere/" + page.formatted(onNas.hex()));

        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.body().replace("nas", "X")).isEqualTo(missing.body().replace("nowhere", "X"));
        assertThat(ui.nas.roundTrips()).isZero();
    }

    @Test
    void anotherTargetsForms_changeNothing_andAnswerAsAnUnknownTarget() {
        var action = alice.post("target/nas/action", "action", "erase", "confirmed", "yes", "hash", onNas.hex());
        var limits = alice.post("target/nas/limits", "up", "1", "down", "1");
        var missing = alice.post("target/nowhere/action", "action", "erase", "confirmed", "yes", "hash", onNas.hex());

        assertThat(action.statusCode()).isEqualTo(limits.statusCode()).isEqualTo(404);
        assertThat(action.body().replace("nas", "X")).isEqualTo(missing.body().replace("nowhere", "X"));
        assertThat(ui.nas.roundTrips()).isZero();
    }
}
