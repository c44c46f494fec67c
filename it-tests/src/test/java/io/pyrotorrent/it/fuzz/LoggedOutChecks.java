package io.pyrotorrent.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.RawHttp;
import java.util.List;
import java.util.Set;

/**
 * What a visitor who is not logged in may get from a server with users: on top of
 * {@link ResponseChecks}, never a 5xx, never a torrent's name, never a redirect anywhere but the
 * login form, and a 2xx only from the public routes (health, static files, the login form).
 * A request that reaches its route gets exactly the gate's answer: pages a 303 to the login form,
 * live data a JSON 401, the APIs and metrics a 401 (a 429 once the fuzz's wrong passwords have
 * throttled this address, a 403 for a cross-site change).
 */
final class LoggedOutChecks {

    private static final List<String> TORRENT_NAMES = List.of(FuzzRig.SINGLE.name(), FuzzRig.MULTI.name());
    /** 403: the API refuses a change a browser says came from another site before it asks who calls. */
    private static final Set<Integer> REFUSED = Set.of(401, 403, 429);

    private LoggedOutChecks() {}

    /** Any request at all, routed or not. */
    static void verify(FuzzRequest request, RawHttp.Response response) {
        ResponseChecks.verify(request, response);
        String body = response.text();
        String what = "HTTP %d for %s: %s".formatted(response.status(), request, shorten(body));
        assertThat(response.status()).as(what).isLessThan(500);
        for (String name : TORRENT_NAMES) {
            assertThat(body.contains(name) && !request.sentText().contains(name))
                    .as("torrent name in " + what)
                    .isFalse();
        }
        if (response.status() / 100 == 3) {
            assertThat(response.header("location").orElse(""))
                    .as("redirect of " + what)
                    .startsWith("/login");
        }
        if (response.status() / 100 == 2) {
            // OPTIONS carries no body, so an empty 2xx shows nothing. HEAD runs the GET route's own
            // handler (gate included), so it gets no such pass.
            boolean bodiless = request.method().equals("OPTIONS") && body.isEmpty();
            assertThat(isPublic(request) || bodiless)
                    .as("2xx without a login: " + what)
                    .isTrue();
        }
    }

    /** A request whose method and path name one of the routes: the gate itself answers. */
    static void verifyRouted(FuzzRequest request, RawHttp.Response response) {
        verify(request, response);
        int status = response.status();
        String what = "HTTP %d for %s: %s".formatted(status, request, shorten(response.text()));
        if (!ResponseChecks.answeredByTheApp(response) && status / 100 == 4) {
            return; // Jetty refused the request (a malformed query, say) before any route saw it.
        }
        String path = path(request);
        if (path.equals("/health")) {
            assertThat(status).as(what).isEqualTo(200);
            assertThat(response.text()).as("no target named in " + what).contains("\"targets\":[]");
        } else if (path.startsWith("/static/")) {
            assertThat(status).as(what).isIn(200, 206, 416);
        } else if (path.equals("/login") && request.method().equals("GET")) {
            assertThat(status).as(what).isEqualTo(200);
        } else if (path.equals("/login")) {
            assertThat(status).as(what).isIn(400, 401, 403, 429);
        } else if (path.startsWith("/live/")) {
            assertThat(status).as(what).isEqualTo(401);
            assertThat(response.header("content-type").orElse("")).as(what).startsWith("application/json");
        } else if (ResponseChecks.isApi(path) || path.equals("/metrics")) {
            assertThat(status).as(what).isIn(REFUSED);
        } else {
            assertThat(status).as(what).isEqualTo(303);
        }
    }

    private static boolean isPublic(FuzzRequest request) {
        String path = path(request);
        return path.equals("/health") || path.startsWith("/static/") || path.equals("/login");
    }

    private static String path(FuzzRequest request) {
        int query = request.target().indexOf('?');
        return query < 0 ? request.target() : request.target().substring(0, query);
    }

    private static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
