package io.pyrotorrent.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A form body Jetty cannot parse is the sender's mistake: a 400 page that changes nothing, never a 500. */
class UnreadableFormTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash hash =
            ui.seedbox.put(TestTorrent.single("kept.iso").metainfo(), false).hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"target/seedbox/action", "target/seedbox/limits", "target/seedbox/torrent/HASH/file/0/priority"})
    void aUrlencodedBodyLabelledMultipart_isA400Page(String route) {
        String token = browser.token();

        var answer = browser.postBody(
                route.replace("HASH", hash.hex()),
                "multipart/form-data; boundary=x",
                "csrf=" + token + "&action=start&hash=" + hash.hex());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("The form could not be read", "pyroTorrent")
                .doesNotContain("Exception", "jetty", "\tat ");
        assertThat(ui.stateOnSeedbox(hash)).isEqualTo("stopped");
    }
}
