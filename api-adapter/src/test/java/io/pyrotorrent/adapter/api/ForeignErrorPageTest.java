package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.Test;

/** Beside another adapter's HTML error pages, in one error pipeline, the API's answers stay JSON. */
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
