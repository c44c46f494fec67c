package io.pyrotorrent.adapter.web.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutomationPageTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aDryRun_listsTheTorrentsTheRuleWouldStop_andSavesNothing() {
        ui.seedbox
                .put(TestTorrent.single("done.iso").metainfo(), true)
                .complete(true)
                .totals(3, 1)
                .label(Label.of("linux"));
        ui.seedbox
                .put(TestTorrent.single("young.iso").metainfo(), true)
                .complete(true)
                .totals(1, 1)
                .label(Label.of("linux"));

        var page = browser.post("automation/seeding", rule("dry_run", "1"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Dry run: 1 torrents now", "done.iso", "ratio 3.00 &gt;= 2")
                .doesNotContain("young.iso");
        assertThat(browser.get("automation").body()).contains("No seeding rules yet.");
    }

    @Test
    void aSavedRule_isListedWithItsLimits_andAnUnknownLabelIsRefusedNamingIt() {
        ui.seedbox
                .put(TestTorrent.single("done.iso").metainfo(), true)
                .complete(true)
                .label(Label.of("linux"));

        browser.post("automation/seeding", rule());
        var refused = browser.post(
                "automation/seeding",
                "name",
                "typo",
                "target",
                "seedbox",
                "scope",
                "label",
                "scope_value",
                "linx",
                "ratio",
                "2",
                "action",
                "stop",
                "max_per_run",
                "10");

        assertThat(browser.get("automation").body()).contains("seed linux", "label linux", "ratio &gt;= 2.0", "stop");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("label: no torrent of seedbox has the label &#39;linx&#39;");
    }

    @Test
    void aWatchFolder_isSaved_scanned_andListedWithWhatItAdded() {
        var torrent = TestTorrent.unique("watched");
        ui.droppedFiles.drop("/srv/watch", "w.torrent", torrent.bytes(), ui.clock.instant());
        ui.clock.advance(java.time.Duration.ofSeconds(10));

        var saved = browser.post(
                "automation/watch", "target", "seedbox", "directory", "/srv/watch", "label", "tv", "enabled", "on");
        ui.watchFolders.scanAll();

        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/automation"));
        assertThat(browser.follow(saved).body()).contains("Watching /srv/watch for seedbox.");
        String page = browser.get("automation").body();
        assertThat(page).contains("/srv/watch", "added 1, failed 0", "paused");
        assertThat(ui.seedbox.torrent(torrent.hash()).label()).isEqualTo(Label.of("tv"));
        browser.post("automation/watch/seedbox/delete");
        assertThat(browser.get("automation").body()).contains("No watch folders yet.");
    }

    @Test
    void aWatchFolderThatCannotBeWatched_isRefusedWithAMessageNamingWhy() {
        var refused = browser.follow(browser.post("automation/watch", "target", "seedbox", "directory", "/not/there"));
        var relative = browser.follow(browser.post("automation/watch", "target", "seedbox", "directory", "here"));

        assertThat(refused.body()).contains("Watch folder not saved: directory: /not/there does not exist");
        assertThat(relative.body()).contains("Watch folder not saved: directory: an absolute path");
    }

    @Test
    void aWebhook_isSavedWithItsEvents_andTheTestButtonSaysWhatCameOfIt() {
        var saved = browser.post(
                "automation/webhooks", "target", "seedbox", "url", "https://down.test/in", "events", "finished");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(browser.follow(saved).body()).contains("Saved the webhook.");
        assertThat(browser.get("automation").body()).contains("https://down.test/in", "finished", "Send test");

        var tested = browser.follow(browser.post("automation/webhooks/1/test"));

        assertThat(tested.body()).contains("Test event failed: could not reach down.test: Connection refused");
        var refused =
                browser.follow(browser.post("automation/webhooks", "target", "seedbox", "url", "https://x.test/"));
        assertThat(refused.body()).contains("Webhook not saved: events: at least one of");
        browser.post("automation/webhooks/1/delete");
        assertThat(browser.get("automation").body()).contains("No webhooks yet.");
    }

    @Test
    void aSavedSchedule_isPaintedInTheGrid_andTheHeaderSaysWhichProfileHolds() {
        String cells = "0".repeat(168);

        browser.post(
                "automation/schedule/seedbox",
                "enabled",
                "on",
                "cells",
                cells,
                "profile_name_0",
                "night",
                "profile_up_0",
                "10240",
                "profile_down_0",
                "");

        assertThat(browser.get("automation").body()).contains("class=\"hour cell-0\"", "value=\"night\"");
        assertThat(browser.get("").body()).contains("schedule: night, 10.0 MiB/s up, unlimited down");
    }

    @Test
    void aGridNamingAnEmptyProfileRow_isRefusedSayingWhich() {
        browser.post("automation/schedule/seedbox", "enabled", "on", "cells", "1".repeat(168));

        assertThat(browser.get("automation").body()).contains("the grid uses profile row 2, which has no name");
    }

    private static String[] rule(String... extra) {
        var fields = new java.util.ArrayList<>(java.util.List.of(
                "name",
                "seed linux",
                "target",
                "seedbox",
                "scope",
                "label",
                "scope_value",
                "linux",
                "ratio",
                "2",
                "action",
                "stop",
                "max_per_run",
                "10"));
        fields.addAll(java.util.List.of(extra));
        return fields.toArray(String[]::new);
    }
}
