package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * pyroTorrent on a plain-HTTP origin that is not localhost (nas.test, a NAS on the LAN), and a page
 * of another site (evil.test) open in the same Chromium. Chromium sends no Sec-Fetch-Site to such
 * an origin, and it answers Basic challenges with the credentials it has cached for the realm; so
 * the other site's auto-submitted form and credentialed fetch() reach the API as the user. Nothing
 * they ask may happen. Both names resolve to loopback inside this Chromium only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class CrossSiteWritesIT {

    private static final String PASSWORD = "correct horse";
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private final TestTorrent victim = TestTorrent.unique("cross-site-victim");
    private final HttpClient http = HttpClient.newHttpClient();
    private AppOnRtorrent app;
    private int port;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(
                dir, "", """
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: [box]
                """.formatted(PasswordHasher.hash(PASSWORD.toCharArray())), List.of("box"), List.of(victim));
        port = URI.create(app.base()).getPort();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anotherSitesFormsAndFetch_changeNothing_thoughTheBrowserHoldsBasicCredentials() throws Exception {
        String limitBefore = uploadLimit();
        String erase = nas() + "api/v1/targets/box/torrents/" + victim.hash().hex() + "/erase";
        String setLimit =
                "[{\"type\":\"rtorrent\",\"target\":\"box\"," + "\"attributes\":[[\"set_upload_throttle\",[12345]]]}]";
        try (var evil = AttackerSite.serving(Map.of(
                        "/limit", autoSubmitted(nas() + "api", Map.of("request", setLimit)),
                        "/erase", autoSubmitted(erase, Map.of()),
                        "/fetch", fetches(erase)));
                var browser = browser()) {
            browser.open("http://alice:"
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8).replace("+", "%20") + "@nas.test:" + port
                    + "/api/attributes");
            assertThat(browser.visibleText()).as("Basic accepted, so cached").contains("set_upload_throttle");

            for (String attack : List.of("/limit", "/erase")) {
                browser.open("http://evil.test:" + evil.port() + attack);
                awaitAnswerFromNas(browser);
            }
            browser.open("http://evil.test:" + evil.port() + "/fetch");
            awaitAnswers(browser, 2);
        }

        assertThat(uploadLimit()).as("the upload limit").isEqualTo(limitBefore);
        assertThat(apiGet("api/v1/targets/box/torrents"))
                .as("the torrent")
                .contains(victim.hash().hex());
    }

    @Test
    void anotherSitesForms_postedToTheWebUi_changeNothing_forALoggedInUser() throws Exception {
        String limitBefore = uploadLimit();
        try (var evil = AttackerSite.serving(Map.of(
                        "/limits",
                        autoSubmitted(nas() + "target/box/limits", Map.of("down", "0", "up", "777", "return", "")),
                        "/erase",
                        autoSubmitted(
                                nas() + "target/box/action",
                                Map.of(
                                        "action",
                                        "erase",
                                        "confirm",
                                        "yes",
                                        "hash",
                                        victim.hash().hex(),
                                        "return",
                                        ""))));
                var browser = browser()) {
            browser.open(nas() + "login");
            browser.type("#login-name", "alice")
                    .type("#login-password", PASSWORD)
                    .click("#login-form button");
            browser.waitForText(victim.name(), ANSWERED_WITHIN);

            for (String attack : List.of("/limits", "/erase")) {
                browser.open("http://evil.test:" + evil.port() + attack);
                awaitAnswerFromNas(browser);
            }
        }

        assertThat(uploadLimit()).as("the upload limit").isEqualTo(limitBefore);
        assertThat(apiGet("api/v1/targets/box/torrents"))
                .as("the torrent")
                .contains(victim.hash().hex());
    }

    private static Browser browser() {
        return Browser.start(
                Viewport.DESKTOP, List.of("--host-resolver-rules=MAP nas.test 127.0.0.1, MAP evil.test 127.0.0.1"));
    }

    private String nas() {
        return "http://nas.test:" + port + "/";
    }

    /**
     * A form that posts itself as the page loads, in the whole window: a top-level navigation, for
     * which Chromium answers nas.test's Basic challenge from its cache (it does not for frames and
     * fetch() of another site, whose cache is partitioned by the top site).
     */
    private static String autoSubmitted(String action, Map<String, String> fields) {
        var inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=\"hidden\" name=\"")
                .append(name)
                .append("\" value=\"")
                .append(value.replace("&", "&amp;").replace("\"", "&quot;"))
                .append("\">"));
        return "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + action + "\">" + inputs
                + "</form><script>document.getElementById('f').submit();</script></body></html>";
    }

    /** A body-less no-cors POST and a JSON PUT, both with credentials; answered lists what came back. */
    private String fetches(String erase) {
        return """
                <!DOCTYPE html><html><body><script>
                window.answered = [];
                fetch('%s', {method: 'POST', mode: 'no-cors', credentials: 'include'})
                    .then(() => answered.push('erase'), () => answered.push('erase refused'));
                fetch('%sapi/v1/targets/box/throttle', {method: 'PUT', credentials: 'include',
                        headers: {'Content-Type': 'application/json'}, body: '{"up": 23456}'})
                    .then(() => answered.push('put'), () => answered.push('put refused'));
                </script></body></html>""".formatted(erase, nas());
    }

    /** The auto-submitted form has left the other site and nas.test's answer is loaded. */
    private void awaitAnswerFromNas(Browser browser) {
        browser.waitUntil(
                "nas.test answers the form",
                () -> browser.url().startsWith(nas())
                        && "complete".equals(browser.script("return document.readyState")),
                ANSWERED_WITHIN);
    }

    private static void awaitAnswers(Browser browser, int expected) {
        browser.waitUntil(
                expected + " answers to the other site's requests",
                () -> ((Number) browser.script("return window.answered.length")).intValue() >= expected,
                ANSWERED_WITHIN);
    }

    private String uploadLimit() throws Exception {
        return send(HttpRequest.newBuilder(URI.create(app.base() + "api"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"type\":\"rtorrent\",\"target\":\"box\","
                        + "\"attributes\":[[\"get_upload_throttle\",[]]]}]")));
    }

    private String apiGet(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(app.base() + path)));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                request.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
