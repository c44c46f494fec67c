package io.pyrotorrent.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with users, in front of a real rTorrent that it knows under two names: alice may use
 * "mine" only, root both; auditor uses "mine" but, as an admin, reads every target's metrics. Behind a (pretend) proxy, so each test speaks from its own address and the
 * per-address login throttle of one test never touches another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class UsersIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dir;

    private final TestTorrent torrent = TestTorrent.unique("users");
    private AppOnRtorrent app;
    private String base;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(
                dir,
                "behindProxy: true",
                """
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: [mine]
                  - name: root
                    passwordHash: "%s"
                    targets: ["*"]
                  - name: auditor
                    passwordHash: "%s"
                    targets: [mine]
                    admin: true
                """.formatted(
                                PasswordHasher.hash("alice-password".toCharArray()),
                                PasswordHasher.hash("root-password".toCharArray()),
                                PasswordHasher.hash("auditor-password".toCharArray())),
                List.of("mine", "theirs"),
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
    void withoutALogin_pagesGoToTheLoginForm_apiAndMetricsAre401_healthNamesNoTarget() throws Exception {
        var visitor = new Visitor("198.51.100.1");

        assertThat(visitor.get("").statusCode()).isEqualTo(303);
        assertThat(visitor.get("").headers().firstValue("Location")).hasValue("/login");
        assertThat(visitor.get("target/mine/torrent/" + torrent.hash().hex()).statusCode())
                .isEqualTo(303);
        assertThat(visitor.get("api/v1/targets").statusCode()).isEqualTo(401);
        assertThat(visitor.get("metrics").statusCode()).isEqualTo(401);
        var health = visitor.get("health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"up\"", "\"targets\":[]");
    }

    @Test
    void metrics_showAliceHerOwnTargetOnly_andAnAdminEveryTarget() throws Exception {
        var scraper = new Visitor("198.51.100.9");
        String alice = basic("alice", "alice-password");
        scraper.get("metrics", "Authorization", alice); // counted: the HTTP series exist below

        var hers = scraper.get("metrics", "Authorization", alice);
        var all = scraper.get("metrics", "Authorization", basic("auditor", "auditor-password"));

        assertThat(hers.statusCode()).isEqualTo(200);
        assertThat(hers.body())
                .contains("pyrotorrent_rtorrent_requests_total{target=\"mine\"}", "pyrotorrent_http_requests")
                .doesNotContain("target=\"theirs\"");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("target=\"mine\"", "target=\"theirs\"");
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void alice_logsIn_seesOnlyHerTarget_theOtherAnswersAsUnknown_thenLogsOut() throws Exception {
        var alice = new Visitor("198.51.100.2");

        var login = alice.logIn("alice", "alice-password");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("pyro_session="))
                .findFirst()
                .orElseThrow();
        var overview = alice.get("");
        var theirs = alice.get("target/theirs/torrent/" + torrent.hash().hex());
        var nowhere = alice.get("target/nowhere/torrent/" + torrent.hash().hex());
        var apiTargets = alice.get("api/v1/targets");
        var apiTheirs = alice.get("api/v1/targets/theirs/torrents");

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(overview.body())
                .contains(torrent.name(), "target-mine", "alice", "Log out")
                .doesNotContain("target-theirs");
        assertThat(theirs.statusCode()).isEqualTo(nowhere.statusCode()).isEqualTo(404);
        assertThat(theirs.body().replace("theirs", "X"))
                .isEqualTo(nowhere.body().replace("nowhere", "X"));
        assertThat(apiTargets.body()).contains("\"name\":\"mine\"").doesNotContain("theirs");
        assertThat(apiTheirs.statusCode()).isEqualTo(404);

        String id = cookie.substring("pyro_session=".length(), cookie.indexOf(';'));
        var logout = alice.post("logout", "csrf", alice.csrfFromPage());
        assertThat(logout.statusCode()).isEqualTo(303);
        var replay = new Visitor("198.51.100.2");
        assertThat(replay.get("", "Cookie", "pyro_session=" + id).statusCode()).isEqualTo(303);
    }

    @Test
    void aChangeThroughTheApiWithASessionCookie_needsTheCsrfHeader() throws Exception {
        var root = new Visitor("198.51.100.3");
        root.logIn("root", "root-password");
        String token = root.csrfFromPage();

        var without = root.put("api/v1/targets/theirs/throttle", "{\"up\": 0}");
        var with = root.put("api/v1/targets/theirs/throttle", "{\"up\": 0}", "X-CSRF-Token", token);

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(200);
    }

    @Test
    void overHttpsAtTheProxy_theSessionCookieIsSecure() throws Exception {
        var visitor = new Visitor("198.51.100.4");
        visitor.get("login");
        String token = visitor.cookie("pyro_csrf");

        var login = visitor.post(
                "login",
                new String[] {"X-Forwarded-Proto", "https"},
                "name",
                "alice",
                "password",
                "alice-password",
                "csrf",
                token);

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("pyro_session=").contains("Secure", "HttpOnly"));
    }

    @Test
    void repeatedWrongPasswords_makeTheNextLoginWait_andAreLoggedWithoutThePassword() throws Exception {
        var guesser = new Visitor("203.0.113.66");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.logIn("alice", "guess-" + i + "-xyzzy").statusCode())
                    .isEqualTo(401);
        }

        var waiting = guesser.logIn("alice", "alice-password");
        var basic = guesser.get(
                "api/v1/targets",
                "Authorization",
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString("root:root-password".getBytes(StandardCharsets.UTF_8)));
        var elsewhere = new Visitor("203.0.113.67").logIn("root", "root-password");

        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.body()).contains("Too many failed logins");
        assertThat(basic.statusCode()).as("the same address, through the API").isEqualTo(429);
        assertThat(elsewhere.statusCode()).isEqualTo(303);
        String log = app.process().stderr();
        assertThat(log)
                .contains("login failed: user 'alice' from 203.0.113.66 (5 in a row)")
                .doesNotContain("xyzzy", "alice-password");
    }

    /** A browser at one client address (as the proxy reports it), with its own cookies. */
    private final class Visitor {
        private final String address;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(cookies).build();

        Visitor(String address) {
            this.address = address;
        }

        HttpResponse<String> get(String path, String... headers) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String name, String password) throws Exception {
            var form = get("login").body();
            var field = CSRF_FIELD.matcher(form);
            assertThat(field.find()).as("login form has a token").isTrue();
            return post("login", "name", name, "password", password, "csrf", field.group(1));
        }

        String csrfFromPage() throws Exception {
            var meta = CSRF_META.matcher(get("").body());
            assertThat(meta.find()).isTrue();
            return meta.group(1);
        }

        HttpResponse<String> post(String path, String... fields) throws Exception {
            return post(path, new String[0], fields);
        }

        HttpResponse<String> post(String path, String[] headers, String... fields) throws Exception {
            var body = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                body.append(i == 0 ? "" : "&")
                        .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> put(String path, String json, String... headers) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }
    }
}
