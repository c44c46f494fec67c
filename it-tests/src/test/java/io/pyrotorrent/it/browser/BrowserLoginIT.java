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
 * Logging in and out in headless Chromium against the real jar with a configured user: the form,
 * the way back to the page asked for, the user's name in the header, and logout ending it all.
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
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aVisitor_logsIn_landsOnThePageAskedFor_andLogsOut() {
        try (Browser browser = Browser.desktop()) {
            browser.open(base + "view/main");
            browser.waitFor("#login-form");
            assertThat(browser.url()).contains("/login?next=view%2Fmain");

            browser.type("#login-name", "alice")
                    .type("#login-password", "wrong")
                    .click("#login-form button");
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
    }
}
