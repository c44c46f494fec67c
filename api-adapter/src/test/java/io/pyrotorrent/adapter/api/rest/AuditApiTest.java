package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditApiTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(options -> options.users =
                List.of(TestApi.user("alice", "alpha"), TestApi.user("bob", "beta"), TestApi.user("admin", "beta")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aCommandThroughTheApi_isInTheAuditLog_withWhoWhatAndTheResult() {
        var torrent = api.alpha.put(TestTorrent.unique("a").metainfo(), false);
        api.loginAs("alice", "secret-alice");

        api.postJson("/api/v1/targets/alpha/torrents/actions", """
                {"action": "start", "hashes": ["%s"]}""".formatted(
                        torrent.hash().hex()));
        var reply = api.get("/api/v1/audit");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode entry = reply.json().at("/entries/0");
        assertThat(entry.get("user").asText()).isEqualTo("alice");
        assertThat(entry.get("target").asText()).isEqualTo("alpha");
        assertThat(entry.get("action").asText()).isEqualTo("Start");
        assertThat(entry.at("/torrents/0").asText()).isEqualTo(torrent.hash().hex());
        assertThat(entry.get("result").asText()).isEqualTo("ok");
        assertThat(Instant.parse(entry.get("at").asText()))
                .isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void usersSeeTheirOwnTargets_theAdminEverything_andFiltersApply() {
        api.audit.record(entry("alice", "alpha", "2026-12-01T10:00:00Z"));
        api.audit.record(entry("bob", "beta", "2026-12-01T11:00:00Z"));
        api.audit.record(entry("alice", "alpha", "2026-12-01T12:00:00Z"));

        api.loginAs("alice", "secret-alice");
        assertThat(users(api.get("/api/v1/audit").json())).containsExactly("alice", "alice");
        assertThat(users(api.get("/api/v1/audit?target=beta").json())).isEmpty();

        api.loginAs("admin", "secret-admin");
        assertThat(users(api.get("/api/v1/audit").json())).containsExactly("alice", "bob", "alice");
        assertThat(users(api.get("/api/v1/audit?user=bob").json())).containsExactly("bob");
        assertThat(users(api.get("/api/v1/audit?since=2026-12-01T11:00:00Z&limit=1")
                        .json()))
                .containsExactly("alice");
    }

    @Test
    void badFilters_are400NamingTheParameter() {
        api.loginAs("admin", "secret-admin");

        assertThat(api.get("/api/v1/audit?since=yesterday")
                        .json()
                        .at("/error/message")
                        .asText())
                .startsWith("since: expected a UTC time");
        assertThat(api.get("/api/v1/audit?limit=5000")
                        .json()
                        .at("/error/message")
                        .asText())
                .startsWith("limit: expected a whole number from 1 to 1000");
        assertThat(api.get("/api/v1/audit?target=a%20b").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/audit?who=me").json().at("/error/message").asText())
                .contains("unknown query parameter 'who'");
    }

    @Test
    void withoutCredentials_theLogIsClosed() {
        assertThat(api.get("/api/v1/audit").status()).isEqualTo(401);
    }

    private static AuditEntry entry(String user, String target, String at) {
        return new AuditEntry(Instant.parse(at), user, TargetName.of(target), "Stop", List.of(), "ok");
    }

    private static List<String> users(JsonNode body) {
        return body.get("entries").findValuesAsText("user");
    }
}
