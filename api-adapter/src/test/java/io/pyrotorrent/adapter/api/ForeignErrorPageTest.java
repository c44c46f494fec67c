package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.Test;

/** The web UI registers an HTML 404 page for every path; API answers must stay JSON anyway. */
class ForeignErrorPageTest {

    @Test
    void apiErrors_stayJson_underAnotherAdaptersErrorPage() {
        try (var api = TestApi.start(options -> options.htmlErrorPage = true)) {
            var unknownTorrent = api.get(
                    "/api/v1/targets/alpha/torrents/" + TestTorrent.randomHash().hex());
            var unknownRoute = api.get("/api/v2/anything");

            assertThat(unknownTorrent.status()).isEqualTo(404);
            assertThat(unknownTorrent.contentType()).startsWith("application/json");
            assertThat(unknownTorrent.errorCode()).isEqualTo("unknown_torrent");
            assertThat(unknownRoute.errorMessage()).isEqualTo("no such API route: GET /api/v2/anything");
            assertThat(api.get("/elsewhere").body()).contains("<h1>");
        }
    }
}
