package io.pyrotorrent.adapter.web.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** live/target/<t>/magnets: what "Copy magnet link" copies (JSON writes each '&' escaped). */
class MagnetLinksTest {

    private RunningWebUi ui;

    @BeforeEach
    void start() {
        ui = RunningWebUi.start();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void magnetLinks_ofASelection_inOneAnswer() {
        var a = ui.seedbox.put(TestTorrent.single("one.iso").metainfo(), false).hash();
        var b = ui.seedbox.put(TestTorrent.single("two.iso").metainfo(), false).hash();

        var answer = ui.browser().get("live/target/seedbox/magnets?hash=" + a.hex() + "&hash=" + b.hex());
        var unknown = ui.browser()
                .get("live/target/seedbox/magnets?hash="
                        + TestTorrent.randomHash().hex());
        var theirs = ui.browser().get("live/target/elsewhere/magnets?hash=" + a.hex());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("magnet:?xt=urn:btih:" + a.hex().toLowerCase()
                        + "\\u0026dn=one.iso\\u0026tr=http%3A%2F%2F127.0.0.1%3A1%2Fannounce")
                .contains("magnet:?xt=urn:btih:" + b.hex().toLowerCase() + "\\u0026dn=two.iso");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(theirs.statusCode()).isEqualTo(404);
    }
}
