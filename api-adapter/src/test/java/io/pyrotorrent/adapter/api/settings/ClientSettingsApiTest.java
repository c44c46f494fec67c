package io.pyrotorrent.adapter.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET/PUT /api/v1/targets/{target}/settings: typed values, checked before anything is sent. */
class ClientSettingsApiTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(options ->
                options.users = java.util.List.of(TestApi.user("alice", "alpha"), TestApi.user("bob", "beta")));
        api.loginAs("alice", "secret-alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void get_answersEverySetting_typed_andNamesTheWriteOnlyOnes() {
        var reply = api.get("/api/v1/targets/alpha/settings");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/settings/max_peers").asLong()).isEqualTo(200);
        assertThat(reply.json().at("/settings/pex").isBoolean()).isTrue();
        assertThat(reply.json().at("/settings/port_range").asText()).isEqualTo("6890-6999");
        assertThat(reply.json().at("/settings/dht").isNull()).isTrue();
        assertThat(reply.json().get("writeOnly").toString()).isEqualTo("[\"dht\",\"encryption\"]");
    }

    @Test
    void put_changesWhatItNames_andAnswersTheSettingsAsReadBack() {
        var reply = api.putJson(
                "/api/v1/targets/alpha/settings",
                "{\"max_peers\": 150, \"pex\": false, \"dht\": \"auto\", \"encryption\": [\"require\", \"allow_incoming\"]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/settings/max_peers").asLong()).isEqualTo(150);
        assertThat(reply.json().at("/settings/pex").asBoolean()).isFalse();
        assertThat(reply.json().at("/settings/dht").asText()).isEqualTo("auto");
        assertThat(reply.json().at("/settings/encryption").toString()).isEqualTo("[\"allow_incoming\",\"require\"]");
        assertThat(reply.json().get("notTaken")).isEmpty();
        assertThat(api.get("/api/v1/targets/alpha/settings")
                        .json()
                        .at("/settings/max_peers")
                        .asLong())
                .isEqualTo(150);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{}|give a JSON object of settings",
                "{\"max_peers\": -5}|max_peers takes a whole number from 1 to 65535, not '-5'",
                "{\"port_range\": \"bogus\"}|port_range takes a port range",
                "{\"execute.throw\": \"sh\"}|unknown setting 'execute.throw'",
                "{\"pex\": 3}|pex takes true or false, not a number",
                "{\"dht\": \"auto\", \"max_peers\": \"many\"}|max_peers takes a whole number",
                "[1]|give a JSON object of settings",
            })
    void put_badValues_areRefusedWithTheSettingNamed_andNothingIsSent(String body, String message) {
        var reply = api.putJson("/api/v1/targets/alpha/settings", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessage()).contains(message);
        assertThat(api.get("/api/v1/targets/alpha/settings")
                        .json()
                        .at("/settings/dht")
                        .isNull())
                .isTrue();
    }

    @Test
    void anotherUsersTarget_answersExactlyLikeAMissingOne() {
        var theirs = api.get("/api/v1/targets/beta/settings");
        var missing = api.get("/api/v1/targets/nosuch/settings");
        var theirsPut = api.putJson("/api/v1/targets/beta/settings", "{\"pex\": true}");

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.body()).isEqualTo(missing.body().replace("nosuch", "beta"));
        assertThat(theirsPut.status()).isEqualTo(404);
    }
}
