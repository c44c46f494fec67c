package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API docs in headless Chromium, behind a login: Swagger UI renders
 * the OpenAPI document's operations, and "try it out" on GET /api/v1/targets answers 200 with
 * the session cookie the login form set, without a single script or style from another site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserApiDocsIT {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
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
                List.<TestTorrent>of());
        browser = Browser.desktop();
        browser.open(app.base() + "login");
        browser.type("#login-name", "alice")
                .type("#login-password", "correct horse")
                .click("#login-form button");
        browser.waitFor("header .user");
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
    void theDocsPage_rendersTheOperations_andTryItOut_onTargets_answers200WithTheSessionCookie() {
        browser.consoleErrors();
        browser.open(app.base() + "api/v1/docs");
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
