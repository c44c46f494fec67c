package io.pyrotorrent.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.store.Store;
import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: the real jar, a user logged in who changes something, then {@code kill -9} of the
 * process by its PID, and a restart on the same data directory (the default, ./data). The file is
 * sound, the session still works, the audit log holds the changes, and logout still ends it.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class KillAndRestartIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();

    @Test
    void afterKill9_theFileIsSound_theSessionWorks_theAuditLogHasTheChanges() throws Exception {
        var torrent = TestTorrent.unique("kill");
        try (var app = AppOnRtorrent.start(
                dir,
                "",
                """
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: [box]
                """.formatted(PasswordHasher.hash("alice-password".toCharArray())),
                List.of("box"),
                List.of())) {
            String base = app.base();
            // Through the CLI (user "local") beside the running jar: the audit log checked below holds its add.
            app.add(torrent, "box", "--paused");
            logIn(base);
            awaitListed(base, torrent);
            String csrf = match(CSRF_META, get(base + "").body());
            var started = http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/targets/box/torrents/"
                                    + torrent.hash().hex() + "/start"))
                            .header("X-CSRF-Token", csrf)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

            killHard(app.process());

            try (var store = Store.open(dir.resolve("data"))) {
                assertThat(store.integrityCheck()).isEqualTo("ok");
            }
            try (var restarted = PyrotorrentProcess.start(
                    dir, Map.of(), "--config", app.config().toString())) {
                restarted.awaitOk(base + "health", Duration.ofSeconds(60));

                var page = get(base + "");
                var audit = get(base + "api/v1/audit").body();

                assertThat(page.statusCode())
                        .as("still logged in after the restart")
                        .isEqualTo(200);
                assertThat(page.body()).contains("alice", "Log out");
                assertThat(audit)
                        .contains(
                                "\"user\":\"alice\"",
                                "\"action\":\"Start\"",
                                torrent.hash().hex(),
                                "\"result\":\"ok\"")
                        .contains(
                                "\"user\":\"local\"",
                                "\"action\":\"AddTorrent paused\"",
                                torrent.hash().hex() + " " + torrent.name());

                var logout = post(base + "logout", "csrf", match(CSRF_META, page.body()));
                assertThat(logout.statusCode()).isEqualTo(303);
                assertThat(get(base + "").headers().firstValue("Location")).hasValue("/login");
            }
        }
    }

    /** SIGKILL by PID: no shutdown hook, no flush, no close; then waits until it is gone. */
    private static void killHard(PyrotorrentProcess process) throws Exception {
        long pid = process.handle().pid();
        int code = new ProcessBuilder("kill", "-KILL", String.valueOf(pid))
                .inheritIO()
                .start()
                .waitFor();
        assertThat(code).isZero();
        process.handle().onExit().get(30, TimeUnit.SECONDS);
    }

    /** rTorrent loads an add on its next loop turn: polls alice's list (with a deadline) until it holds the torrent. */
    private void awaitListed(String base, TestTorrent torrent) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!get(base + "api/v1/targets/box/torrents?fields=hash")
                .body()
                .contains(torrent.hash().hex())) {
            assertThat(System.nanoTime() - deadline)
                    .as("%s listed within 30 s", torrent.name())
                    .isNegative();
            Thread.onSpinWait();
        }
    }

    private void logIn(String base) throws Exception {
        String token = match(CSRF_FIELD, get(base + "login").body());
        var login = post(base + "login", "name", "alice", "password", "alice-password", "csrf", token);
        assertThat(login.statusCode()).isEqualTo(303);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String... fields) throws Exception {
        var body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&")
                    .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String match(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("page has " + pattern).isTrue();
        return matcher.group(1);
    }
}
