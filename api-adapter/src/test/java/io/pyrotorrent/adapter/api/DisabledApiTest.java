package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisabledApiTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api",
                "/api/attributes",
                "/api/v1/targets",
                "/api/v1/openapi.json",
                "/api/v1/targets/alpha/torrents",
                "/api/v1/targets/alpha/events"
            })
    void whenTurnedOff_everyApiPathIsAJson404_andHealthStays(String path) {
        try (var api = TestApi.start(options -> options.enabled = false)) {
            var get = api.get(path);
            var post = api.postJson(path, "[]");

            assertThat(get.status()).isEqualTo(404);
            assertThat(get.errorCode()).isEqualTo("not_found");
            assertThat(get.errorMessage()).startsWith("the API is turned off");
            assertThat(post.status()).isEqualTo(404);
            assertThat(api.alpha.roundTrips()).isZero();
            assertThat(api.routes).containsExactly("GET /health");
            assertThat(api.get("/health").status()).isEqualTo(200);
        }
    }
}
