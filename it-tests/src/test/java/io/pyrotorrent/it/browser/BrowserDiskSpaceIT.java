package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free disk space per target, for real: rTorrent in a container whose default directory
 * (/rt/download) is mapped to a directory here, beside a second target with no mapping. /health,
 * /metrics and the CLI give the real file system's numbers; the header shows the free space in
 * Chromium, small enough for a phone; a threshold just above the real free space flags it low.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(240)
class BrowserDiskSpaceIT {

    private static final long GIB = 1L << 30;
    /** Other processes write to the same disk meanwhile: free space may move by this much. */
    private static final long DRIFT = GIB;

    @TempDir
    static Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private AppOnRtorrent app;
    private Browser browser;
    private Path storage;
    private String base;

    @BeforeAll
    void start() throws Exception {
        storage = Files.createDirectories(dir.resolve("storage"));
        Files.createDirectories(storage.resolve("download"));
        // The lines after the targets continue the last target ("box"): its storage mapping.
        String mapping = "    storage:\n      remotePath: /rt\n      localPath: " + storage + "\n";
        app = AppOnRtorrent.start(
                dir, "", mapping, List.of("plain", "box"), List.of(TestTorrent.single("disk-space-a")));
        base = app.base();
        browser = Browser.start(Viewport.desktop(1400, 900));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void healthMetricsAndStatus_giveTheRealFileSystemsNumbers_andUnknownWithoutAMapping() throws Exception {
        FileStore store = Files.getFileStore(storage.resolve("download"));

        JsonNode health = json.readTree(PyrotorrentProcess.get(base + "health"));
        String metrics = PyrotorrentProcess.get(base + "metrics");
        var status = PyrotorrentProcess.run(dir, "--config", app.config().toString(), "status");

        JsonNode box = health.at("/targets/1");
        assertThat(box.get("name").asText()).isEqualTo("box");
        assertThat(box.at("/disk/total").asLong()).isEqualTo(store.getTotalSpace());
        assertThat(box.at("/disk/free").asLong()).isPositive().isCloseTo(store.getUsableSpace(), within());
        assertThat(box.at("/disk/low").asBoolean()).isEqualTo(store.getUsableSpace() * 20 < store.getTotalSpace());
        assertThat(health.at("/targets/0/disk").asText()).isEqualTo("unknown");

        assertThat(gauge(metrics, "pyrotorrent_disk_total_bytes", "box")).isEqualTo(store.getTotalSpace());
        assertThat(gauge(metrics, "pyrotorrent_disk_free_bytes", "box")).isCloseTo(store.getUsableSpace(), within());
        assertThat(metrics)
                .contains("pyrotorrent_disk_low{target=\"box\"}")
                .doesNotContain("disk_free_bytes{target=\"plain\"}");

        assertThat(status.stdout())
                .containsPattern(
                        "box: up, rTorrent .*\\n  disk: [0-9.]+ [KMGTP]iB free of [0-9.]+ [KMGTP]iB \\(\\d+%\\)")
                .contains("plain: up")
                .contains("  disk: unknown");
    }

    @Test
    @Order(2)
    void theHeader_showsTheFreeSpace_onlyForTheMappedTarget_andFitsAPhone() {
        browser.viewport(Viewport.desktop(1400, 900)).open(base);

        String label = browser.waitFor("#disk-space [data-disk-target='box'] .disk-label")
                .getText();
        assertThat(label).matches("[0-9.]+ [KMGTP]?i?B free");
        assertThat(browser.find("#disk-space [data-disk-target='box']").getDomAttribute("title"))
                .startsWith("box: " + label + " of ");
        assertThat(browser.findAll("#disk-space [data-disk-target='plain']")).isEmpty();
        assertThat(browser.findAll("#disk-space .disk-low")).isEmpty();

        browser.viewport(Viewport.PHONE).open(base);
        browser.waitFor("table.torrents tr.torrent");
        assertThat(browser.find("#disk-space").isDisplayed()).isTrue();
        assertThat(browser.find("#disk-space .disk-brief").getText()).matches("[0-9.]+[KMGTP]?");
        assertThat(headerHeight()).as("header height in CSS px").isLessThanOrEqualTo(52);
        assertThat(overlaps()).as("header items drawn over each other").isEmpty();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        screenshots("disk-header");
    }

    @Test
    @Order(3)
    void aThresholdJustAboveTheRealFreeSpace_flagsItLow_inTheHeaderHealthAndMetrics() throws Exception {
        long free = Files.getFileStore(storage.resolve("download")).getUsableSpace();
        Files.writeString(
                app.config(),
                Files.readString(app.config()) + "disk:\n  lowSpaceWarning: \"" + (free + 10 * GIB) + "B\"\n");
        app.restartApp();

        browser.viewport(Viewport.desktop(1400, 900)).open(base);

        var chip = browser.waitFor("#disk-space [data-disk-target='box'].disk-low");
        assertThat(chip.getDomAttribute("title")).endsWith(", low on space");
        JsonNode health = json.readTree(PyrotorrentProcess.get(base + "health"));
        assertThat(health.at("/targets/1/disk/low").asBoolean()).isTrue();
        assertThat(PyrotorrentProcess.get(base + "metrics")).contains("pyrotorrent_disk_low{target=\"box\"} 1.0");

        browser.viewport(Viewport.PHONE).open(base);
        browser.waitFor("table.torrents tr.torrent");
        assertThat(headerHeight()).as("header height in CSS px, flagged").isLessThanOrEqualTo(52);
        assertThat(overlaps()).as("header items drawn over each other").isEmpty();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        screenshots("disk-header-low");
    }

    /** Not a check: the header as it looks (it-tests/target/screenshots/NAME-*), for a person to judge. */
    private void screenshots(String name) {
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base);
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("#disk-space");
                assertThat(browser.screenshot(name + "-" + (viewport.mobile() ? "phone" : "desktop") + "-" + theme))
                        .exists();
            }
        }
        browser.script("localStorage.clear()");
    }

    /** Each visible item of the header bar that reaches into the next one, with both boxes. */
    @SuppressWarnings("unchecked")
    private List<String> overlaps() {
        return (List<String>) browser.script("""
                const items = [...document.querySelector('header.site').children]
                  .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).position !== 'absolute'
                    && e.tagName !== 'DIALOG');
                const found = [];
                for (let i = 1; i < items.length; i++) {
                  const a = items[i - 1].getBoundingClientRect();
                  const b = items[i].getBoundingClientRect();
                  // Content wider than its box (a squeezed item) counts as reaching out of it.
                  const right = items[i - 1].getBoundingClientRect().left + items[i - 1].scrollWidth;
                  if (Math.max(a.right, right) > b.left + 0.5 || b.right > window.innerWidth + 0.5) {
                    found.push(items[i - 1].className + ' ' + Math.round(a.right) + ' > '
                      + items[i].className + ' ' + Math.round(b.left) + '..' + Math.round(b.right));
                  }
                }
                return found;
                """);
    }

    private long headerHeight() {
        return ((Number) browser.script("return document.querySelector('header.site').getBoundingClientRect().height"))
                .longValue();
    }

    private static org.assertj.core.data.Offset<Long> within() {
        return org.assertj.core.data.Offset.offset(DRIFT);
    }

    /** A gauge's value for one target, from Prometheus text (written like 2.7E11). */
    private static long gauge(String metrics, String name, String target) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{target=\"" + Pattern.quote(target) + "\"} (\\S+)$")
                .matcher(metrics);
        assertThat(m.find()).as(name + " for " + target + " in\n" + metrics).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
