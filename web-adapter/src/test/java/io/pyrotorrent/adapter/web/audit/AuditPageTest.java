package io.pyrotorrent.adapter.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditPageTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void anActionInTheUi_showsUpInTheAuditTable() {
        var debian = ui.seedbox
                .put(TestTorrent.single("debian.iso").metainfo(), false)
                .hash();

        browser.post("target/seedbox/action", "action", "start", "hash", debian.hex(), "return", "");
        var page = browser.get("audit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Audit log</h1>", "<table class=\"audit\">", "Start", debian.hex(), "seedbox", ">ok<");
    }

    @Test
    void filtersNarrowTheTable_andWhatUsersNamedIsEscaped() {
        ui.audit.record(entry("alice", "seedbox", "2026-12-01T10:00:00Z", "<script>x</script>.torrent"));
        ui.audit.record(entry("bob", "nas", "2026-12-01T11:00:00Z", "plain.torrent"));

        var all = browser.get("audit").body();
        var nasOnly = browser.get("audit?target=nas").body();
        var since = browser.get("audit?since=2026-12-01T10:30:00Z").body();

        assertThat(all)
                .contains("alice", "bob", "&lt;script&gt;x&lt;/script&gt;.torrent")
                .doesNotContain("<script>x");
        assertThat(nasOnly).contains("bob").doesNotContain(">alice<");
        assertThat(since).contains("bob").doesNotContain(">alice<");
    }

    @Test
    void everyPage_linksToTheAuditLog_soAUserCanFindIt() {
        var overview = browser.get("").body();

        assertThat(overview).contains("href=\"/audit\">Audit log</a>");
    }

    @Test
    void aBadFilter_isA400SayingWhichOne() {
        var page = browser.get("audit?since=yesterday");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("since: expected a UTC time");
        assertThat(browser.get("audit?limit=0").body()).contains("limit must be between 1 and 1000");
    }

    private static AuditEntry entry(String user, String target, String at, String torrent) {
        return new AuditEntry(Instant.parse(at), user, TargetName.of(target), "Stop", List.of(torrent), "ok");
    }
}
