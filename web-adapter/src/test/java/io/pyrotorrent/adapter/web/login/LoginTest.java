package io.pyrotorrent.adapter.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.adapter.web.WebOptions;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import io.pyrotorrent.domain.model.auth.SessionsFullException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With users configured: the login form, session cookies, logout, idle expiry and the login wait. */
class LoginTest {

    private final RunningWebUi ui = RunningWebUi.withUsers(WebOptions.DEFAULT, RunningWebUi.user("alice", "seedbox"));
    private final Browser browser = ui.browser();
    private final InfoHash hash =
            ui.seedbox.put(TestTorrent.single("kept.iso").metainfo(), false).hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "view/main",
                "target/seedbox/add_torrent",
                "target/seedbox/torrent/" + "0123456789abcdef0123456789abcdef01234567",
                "target/seedbox/torrent/0123456789abcdef0123456789abcdef01234567/file/0"
            })
    void withoutASession_aPageSendsTheVisitorToTheLoginForm_andBackAfterwards(String path) {
        var answer = browser.get(path);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> {
            assertThat(location).startsWith("/login");
            if (!path.isEmpty()) {
                assertThat(location)
                        .contains("next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        assertThat(ui.seedbox.roundTrips()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "view/main", "live/overview", "target/seedbox/add_torrent"})
    void headWithoutASession_isTurnedAwayLikeGet_notAnEmpty200(String path) throws Exception {
        var head = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.root + path))
                                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(head.statusCode()).isEqualTo(browser.get(path).statusCode()).isIn(303, 401);
    }

    @Test
    void withoutASession_formsChangeNothing_andLiveDataIs401() {
        browser.get("login");

        var post = browser.post("target/seedbox/action", "action", "start", "hash", hash.hex());
        var live = browser.get("live/overview");

        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).hasValue("/login");
        assertThat(live.statusCode()).isEqualTo(401);
        assertThat(live.body()).contains("log in again");
        assertThat(ui.stateOnSeedbox(hash)).isEqualTo("stopped");
    }

    @Test
    void theRightPassword_opensASessionInAnHttpOnlySameSiteCookie_andGoesWhereTheVisitorWanted() {
        browser.get("login?next=view/main");

        var answer = browser.post("login", "name", "alice", "password", "secret-alice", "next", "view/main");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/view/main");
        String cookie = sessionCookieHeader(answer);
        assertThat(cookie)
                .contains("HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Secure", "Max-Age", "Expires");
        assertThat(ui.sessions.size()).isEqualTo(1);
        var page = browser.get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("kept.iso", "alice", "Log out");
    }

    @Test
    void configuredSecureCookies_markTheSessionCookieSecure() {
        try (var secure = RunningWebUi.withUsers(new WebOptions(true), RunningWebUi.user("alice", "*"))) {
            var visitor = secure.browser();
            // The cookie jar keeps Secure cookies for https only, so the test carries the form's token itself.
            String csrfCookie = visitor.get("login").headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(CsrfTokens.COOKIE + "="))
                    .findFirst()
                    .orElseThrow();
            String token = csrfCookie.substring(CsrfTokens.COOKIE.length() + 1, csrfCookie.indexOf(';'));

            var answer = visitor.postWithHeaders(
                    "login",
                    new String[] {"Cookie", CsrfTokens.COOKIE + "=" + token},
                    "name",
                    "alice",
                    "password",
                    "secret-alice",
                    "csrf",
                    token);

            assertThat(csrfCookie).contains("Secure");
            assertThat(sessionCookieHeader(answer)).contains("Secure", "HttpOnly");
        }
    }

    @Test
    void whenEverySessionIsOtherUsers_theRightPasswordGetsA503WithAMessage_andNobodyIsLoggedOut() {
        Session someoneElses = ui.sessions.open(new Principal("user0", false, Set.of()), Optional.empty());
        int user = 0;
        try {
            while (true) {
                user++;
                ui.sessions.open(new Principal("user" + (user / 50), false, Set.of()), Optional.empty());
            }
        } catch (SessionsFullException full) {
            // The table is full of other users' live sessions.
        }
        int live = ui.sessions.size();

        var answer = browser.logIn("alice", "secret-alice");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("Too many sessions are open right now");
        assertThat(browser.cookie(Session.COOKIE)).isEmpty();
        assertThat(ui.sessions.size()).isEqualTo(live);
        assertThat(ui.sessions.find(someoneElses.id())).contains(someoneElses);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong", "secret-bob"})
    void aWrongPassword_showsTheFormAgainWithAMessage_andNoSession(String password) {
        var answer = browser.logIn("alice", password);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("Wrong user name or password.").doesNotContain(password);
        assertThat(browser.cookie(Session.COOKIE)).isEmpty();
        assertThat(ui.sessions.size()).isZero();
    }

    @Test
    void anUnknownName_getsTheSameAnswerAsAWrongPassword() {
        var unknown = browser.logIn("mallory", "secret-alice");
        var wrong = browser.logIn("alice", "nope");

        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
        assertThat(unknown.body().replace("mallory", "X"))
                .isEqualTo(wrong.body().replace("alice", "X"));
    }

    @Test
    void loggingIn_alwaysGivesANewSessionId_andEndsTheOneTheBrowserHad() {
        browser.logIn("alice", "secret-alice");
        String first = browser.cookie(Session.COOKIE);

        browser.logIn("alice", "secret-alice");
        String second = browser.cookie(Session.COOKIE);

        assertThat(second).isNotEmpty().isNotEqualTo(first);
        assertThat(ui.sessions.find(first)).isEmpty();
        assertThat(ui.sessions.size()).isEqualTo(1);
    }

    @Test
    void aSessionIdPlantedBeforeTheLogin_isNotTheOneAfterIt() {
        browser.get("login");
        var planted = ui.browser();
        planted.logIn("alice", "secret-alice");
        String attackers = planted.cookie(Session.COOKIE);

        var fresh = ui.browser();
        fresh.get("login");
        var answer = fresh.post("login", "name", "alice", "password", "secret-alice");

        assertThat(sessionCookieHeader(answer)).doesNotContain(attackers);
    }

    @Test
    void loggingOut_endsTheSessionOnTheServer_soTheOldCookieIsWorthNothing() {
        browser.logIn("alice", "secret-alice");
        String id = browser.cookie(Session.COOKIE);

        var answer = browser.post("logout");
        var replay = ui.browser();
        var withOldCookie = replay.get("", "Cookie", Session.COOKIE + "=" + id);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/login");
        assertThat(sessionCookieHeader(answer))
                .startsWith(Session.COOKIE + "=;")
                .contains("Expires=Thu, 01 Jan 1970");
        assertThat(browser.follow(answer).body()).contains("You are logged out.");
        assertThat(withOldCookie.statusCode()).isEqualTo(303);
        assertThat(ui.sessions.size()).isZero();
    }

    @Test
    void logoutWithoutTheToken_isRefused_andTheSessionLives() {
        browser.logIn("alice", "secret-alice");

        var answer = browser.postRaw("logout");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.get("").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionIdleLongerThanTheLimit_endsAndSendsTheVisitorToLogIn() {
        browser.logIn("alice", "secret-alice");
        assertThat(browser.get("").statusCode()).isEqualTo(200);

        ui.clock.advance(Duration.ofMinutes(31));

        assertThat(browser.get("").statusCode()).isEqualTo(303);
    }

    @Test
    void whileLoggedIn_formsNeedTheSessionsOwnToken_notTheLoginFormsCookie() {
        browser.get("login");
        String cookieToken = browser.cookie(CsrfTokens.COOKIE);
        browser.logIn("alice", "secret-alice");

        var withCookieToken =
                browser.postRaw("target/seedbox/action", "action", "start", "hash", hash.hex(), "csrf", cookieToken);
        var withSessionToken = browser.post("target/seedbox/action", "action", "start", "hash", hash.hex());

        assertThat(withCookieToken.statusCode()).isEqualTo(403);
        assertThat(withSessionToken.statusCode()).isEqualTo(303);
        assertThat(ui.stateOnSeedbox(hash)).isNotEqualTo("stopped");
        assertThat(browser.get("").body()).contains("<meta name=\"csrf-token\" content=\"" + browser.token() + "\">");
    }

    @Test
    void fiveWrongPasswords_makeTheNextAttemptWait_evenWithTheRightPassword_thenItWorks() {
        for (int i = 0; i < 5; i++) {
            assertThat(browser.logIn("alice", "guess" + i).statusCode()).isEqualTo(401);
        }

        var waiting = browser.logIn("alice", "secret-alice");
        ui.clock.advance(Duration.ofSeconds(31));
        var later = browser.logIn("alice", "secret-alice");

        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(waiting.body()).contains("Too many failed logins", "30 seconds");
        assertThat(later.statusCode()).isEqualTo(303);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "../x", "javascript:alert(1)"})
    void theReturnPath_neverLeavesTheSite(String next) {
        browser.get("login");

        var answer = browser.post("login", "name", "alice", "password", "secret-alice", "next", next);

        assertThat(answer.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void aLoggedInVisitor_isSentOnFromTheLoginForm() {
        browser.logIn("alice", "secret-alice");

        var answer = browser.get("login?next=view/main");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/view/main");
    }

    @Test
    void withoutUsers_thereIsNoLogin() {
        try (var open = RunningWebUi.start()) {
            var visitor = open.browser();

            assertThat(visitor.get("").statusCode()).isEqualTo(200);
            assertThat(visitor.get("login").statusCode()).isEqualTo(303);
            assertThat(visitor.get("").body()).doesNotContain("Log out");
        }
    }

    private static String sessionCookieHeader(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Session.COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + answer.headers().map()));
    }
}
