package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The RSS page in a real browser: typing a rule shows, without a click, what it would take now. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserRssIT {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(15);

    @TempDir
    static Path dir;

    private HttpServer feedServer;
    private AppOnRtorrent app;
    private String page;

    @BeforeAll
    void start() throws Exception {
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                        + "<item><title>The.Show.S01E01.1080p</title><guid>g1</guid><enclosure"
                        + " url=\"http://127.0.0.1:1/1.torrent\" length=\"1048576\" type=\"application/x-bittorrent\"/></item>"
                        + "<item><title>Other.Show.S01E01.720p</title><guid>g2</guid><enclosure"
                        + " url=\"http://127.0.0.1:1/2.torrent\" length=\"1048576\" type=\"application/x-bittorrent\"/></item>"
                        + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        feedServer.createContext("/rss", exchange -> {
            exchange.sendResponseHeaders(200, rss.length);
            exchange.getResponseBody().write(rss);
            exchange.close();
        });
        feedServer.start();
        app = AppOnRtorrent.start(dir, "", "rss:\n  allowPrivate: [\"127.0.0.0/8\"]\n", List.of("box"), List.of());
        var added = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.base() + "api/v1/targets/box/feeds"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\": \"tv\", \"url\": \"http://127.0.0.1:"
                                                + feedServer.getAddress().getPort() + "/rss\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        page = app.base() + "automation/rss?target=box&feed=1";
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (feedServer != null) {
            feedServer.stop(0);
        }
    }

    @Test
    void typingARule_previewsWhatItWouldTake_beforeItIsSaved() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page);
            browser.type("form.rss-rule input[name=name]", "show");
            browser.type("form.rss-rule input[name=include]", "the\\.show");

            browser.waitForText("Preview: what this rule would take now", SHOWN_WITHIN);
            // The preview follows every keystroke: "the" alone would take the other show too, so
            // wait for the preview of the whole pattern (its skip row), not for the first one shown.
            browser.waitUntil(
                    "the preview of the whole pattern",
                    () -> browser.find("#rss-preview tr.skip").getText().contains("Other.Show.S01E01.720p"),
                    SHOWN_WITHIN);

            assertThat(browser.find("#rss-preview tr.take").getText()).contains("The.Show.S01E01.1080p");
            assertThat(browser.find("#rss-preview tr.skip").getText())
                    .contains("Other.Show.S01E01.720p", "title does not match include");
            assertThat(browser.consoleErrors()).isEmpty();
            browser.screenshot("rss-preview-desktop");
        }
    }

    @Test
    void aBadRegex_isNamed_whileTyping_onAPhone() {
        try (Browser browser = Browser.phone()) {
            browser.open(page);
            browser.type("form.rss-rule input[name=name]", "broken");
            browser.type("form.rss-rule input[name=include]", "(oops");

            browser.waitForText("include: not a regular expression", SHOWN_WITHIN);
            browser.screenshot("rss-bad-regex-phone");
        }
    }
}
