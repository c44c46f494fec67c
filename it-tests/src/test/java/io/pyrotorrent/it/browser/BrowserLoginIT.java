package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Logging in and out in headless Chromium against the real jar with a configured user: the form,
 * the way back to the page asked for, the user's name in the header, and logout ending it all.
 * And the API docs behind that login: Swagger UI renders the OpenAPI document's operations, and
 * "try it out" on GET /api/v1/targets answers 200 with the session cookie the login form set,
 * without a single script or style from another site. One rTorrent, one pyroTorrent and one
 * browser for the class; every test starts without a session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserLoginIT {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private final TestTorrent torrent = TestTorrent.unique("browser-login");
    private AppOnRtorrent app;
    private String base;
    private Browser browser;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(
                dir,
                "",
                """
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: [box]
                """.formatted(PasswordHasher.hash("correct horse".toCharArray())),
                List.of("box"),
                List.of(torrent));
        base = app.base();
        browser = Browser.desktop();
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

    /** The browser is shared: no test may find the session another one logged in. */
    @BeforeEach
    void withoutASession() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    void aVisitor_logsIn_landsOnThePageAskedFor_andLogsOut() {
        browser.open(base + "view/main");
        browser.waitFor("#login-form");
        assertThat(browser.url()).contains("/login?next=view%2Fmain");

        browser.type("#login-name", "alice").type("#login-password", "wrong").click("#login-form button");
        assertThat(browser.waitFor("#login-error").getText()).contains("Wrong user name or password.");

        browser.type("#login-password", "correct horse").click("#login-form button");
        browser.waitForText(torrent.name(), SHOWN_WITHIN);
        assertThat(browser.url()).endsWith("/view/main");
        assertThat(browser.find("header .user").getText()).isEqualTo("alice");
        browser.screenshot("login-overview");

        // Logging out is in the user menu of the header bar: open it, as a user does.
        browser.click("#user-menu > summary");
        browser.click("form.logout button");
        browser.waitForText("You are logged out.", SHOWN_WITHIN);
        browser.open(base);
        assertThat(browser.waitFor("#login-form").isDisplayed()).isTrue();
    }

    @Test
    void theDocsPage_rendersTheOperations_andTryItOut_onTargets_answers200WithTheSessionCookie() {
        browser.open(base + "login");
        browser.type("#login-name", "alice")
                .type("#login-password", "correct horse")
                .click("#login-form button");
        browser.waitFor("header .user");

        browser.consoleErrors();
        browser.open(base + "api/v1/docs");
        browser.waitFor(".opblock-summary-path[data-path='/api/v1/targets']", SHOWN_WITHIN);

        assertThat(browser.findAll(".opblock")).hasSizeGreaterThan(5);
        browser.click(".opblock-get .opblock-summary-path[data-path='/api/v1/targets']");
        browser.click(".opblock.is-open .try-out__btn");
        browser.click(".opblock.is-open .btn.execute");
        String status = browser.waitFor(
                        ".opblock.is-open .live-responses-table tr.response .response-col_status", SHOWN_WITHIN)
                .getText();
        String body = browser.find(".opblock.is-open .live-responses-table .microlight")
                .getText();
        browser.screenshot("api-docs-try-it-out");

        assertThat(status).startsWith("200");
        assertThat(body).contains("\"name\": \"box\"");
        assertThat(browser.consoleErrors()).as("CSP violations or failed loads").isEmpty();
    }
}
