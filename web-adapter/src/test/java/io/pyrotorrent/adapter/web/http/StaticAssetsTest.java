package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The UI's files and uPlot's: served with their types, revalidated by ETag, nothing else on the class path. */
class StaticAssetsTest {

    private static final RunningWebUi UI = RunningWebUi.start();
    private final Browser browser = UI.browser();

    @AfterAll
    static void stop() {
        UI.close();
    }

    @Test
    void theUisFilesAndUplot_areServedWithTheirTypes() {
        var css = browser.get("static/site.css");
        var js = browser.get("static/live.js");
        var uplot = browser.get("static/vendor/uplot/dist/uPlot.esm.js");
        var uplotCss = browser.get("static/vendor/uplot/dist/uPlot.min.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(uplot.statusCode()).isEqualTo(200);
        assertThat(uplot.body()).contains("export { uPlot as default }");
        assertThat(uplotCss.statusCode()).isEqualTo(200);
    }

    @Test
    void aBrowserThatHasTheFile_getsNotModified_andAChangedTagGetsTheFile() {
        var first = browser.get("static/site.css");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var again = browser.get("static/site.css", "If-None-Match", etag);
        var other = browser.get("static/site.css", "If-None-Match", "\"somethingelse\"");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(first.body());
    }

    @Test
    void pathsOutsideTheAssets_missingFiles_andOtherKindsOfFile_areRefused() {
        for (String path : new String[] {
            "static/no-such-file.js",
            "static/../templates/overview.peb",
            "static/%2e%2e/io/pyrotorrent/adapter/web/WebUi.class",
            "static/..%2fio/pyrotorrent/adapter/web/WebUi.class",
            "static/vendor/uplot/../../../../maven/org.webjars.npm/uplot/pom.xml",
            "static/vendor/uplot/README.md",
            "static/.hidden.js",
            "static/site"
        }) {
            // Jetty itself refuses a path that climbs above the root (400); the rest are ours (404).
            assertThat(browser.get(path).statusCode()).as(path).isIn(400, 404);
        }
    }
}
