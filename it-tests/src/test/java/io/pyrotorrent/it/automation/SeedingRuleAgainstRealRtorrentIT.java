package io.pyrotorrent.it.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.images.builder.Transferable;

/**
 * A seeding rule through the real jar against real rTorrent 0.9.8: two seeding torrents of the
 * label, one of another label, one still downloading. The dry run names the two; the rule holds
 * them (more than its one per run) until confirmed, then stops exactly those, audited as
 * "automation". A bandwidth schedule sets rTorrent's global limits for the current hour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class SeedingRuleAgainstRealRtorrentIT {

    private static final String RULES = "api/v1/automation/seeding-rules";

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final CompleteTorrent first = CompleteTorrent.unique("sr-first");
    private final CompleteTorrent second = CompleteTorrent.unique("sr-second");
    private final CompleteTorrent otherLabel = CompleteTorrent.unique("sr-other");
    private final TestTorrent downloading = TestTorrent.unique("sr-downloading");

    private AppOnRtorrent running;
    private String base;

    @BeforeAll
    void start() throws Exception {
        running = AppOnRtorrent.start(dir);
        base = running.base();
        for (CompleteTorrent torrent : List.of(first, second, otherLabel)) {
            running.rtorrent()
                    .copyFileToContainer(
                            Transferable.of(torrent.data()),
                            "/rt/download/" + torrent.torrent().name());
        }
        add(first.torrent(), "sr-linux");
        add(second.torrent(), "sr-linux");
        add(otherLabel.torrent(), "sr-keep");
        add(downloading, "sr-linux");
        awaitTorrents(body -> count(body, "\"complete\":true") == 3);
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void theDryRun_namesWhatTheRuleThenStops_afterItWaitedForConfirmation() throws Exception {
        String rule = "{\"name\": \"linux done\", \"target\": \"box\", \"label\": \"sr-linux\", \"ratio\": 0,"
                + " \"action\": \"stop\", \"maxPerRun\": 1}";

        JsonNode dryRun = json.readTree(post(RULES + "/dry-run", rule).body());
        assertThat(hashes(dryRun)).containsExactlyInAnyOrder(first.hash(), second.hash());
        assertThat(dryRun.at("/torrents/0/reason").asText()).isEqualTo("ratio 0.00 >= 0");

        var created = post(RULES, rule);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).at("/id").asLong();
        JsonNode waiting = awaitRule(r -> r.at("/status/waiting").asInt() == 2);
        assertThat(waiting.at("/status/result").asText()).contains("waiting for confirmation");
        assertThat(stateOf(first)).as("held, not stopped: %s", waiting).isEqualTo("seeding");

        var cliDryRun = cli("seeding-rules", "--dry-run", String.valueOf(id));
        assertThat(cliDryRun.stdout())
                .as(cliDryRun.stderr())
                .contains(
                        "would stop " + first.torrent().name(),
                        "would stop " + second.torrent().name(),
                        "2 torrents");

        var stale = post(RULES + "/" + id + "/confirm", "{\"count\": 5}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        var confirmed = post(RULES + "/" + id + "/confirm", "{\"count\": 2}");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(hashes(json.readTree(confirmed.body()))).isEqualTo(hashes(dryRun));
        assertThat(stateOf(first)).isEqualTo("stopped");
        assertThat(stateOf(second)).isEqualTo("stopped");
        assertThat(stateOf(otherLabel)).isEqualTo("seeding");
        String audit = get("api/v1/audit?user=automation").body();
        assertThat(audit)
                .contains("SeedingRule stop rule=linux done")
                .contains(first.hash(), second.hash())
                .doesNotContain(otherLabel.hash());
    }

    @Test
    void aSchedule_setsTheCurrentHoursLimitsOnRtorrent_andTheHeaderSaysWhichProfileHolds() throws Exception {
        String cells = String.join(", ", java.util.Collections.nCopies(168, "0"));
        var saved = send(HttpRequest.newBuilder(URI.create(base + "api/v1/automation/schedule/box"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": true, \"profiles\": [{\"name\": \"night\","
                        + " \"up\": 10485760, \"down\": 0}], \"cells\": [" + cells + "]}")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        running.process()
                .await(base + "api/v1/targets", Duration.ofSeconds(10), body -> body.contains("\"up_limit\":10485760"));
        assertThat(get("").body()).contains("schedule: night, 10.0 MiB/s up, unlimited down");
        assertThat(get("api/v1/audit?user=automation").body()).contains("Schedule profile=night up=10485760 down=0");

        var badCells = send(HttpRequest.newBuilder(URI.create(base + "api/v1/automation/schedule/box"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"profiles\": [], \"cells\": [1]}")));
        assertThat(badCells.statusCode()).isEqualTo(400);
        assertThat(badCells.body()).contains("cells: exactly 168 hours (7 x 24), not 1");
    }

    @Test
    void badRules_getAClearMessageNamingWhatIsWrong() throws Exception {
        var unknownLabel =
                post(RULES, "{\"name\": \"x\", \"target\": \"box\", \"label\": \"no-such-label\", \"ratio\": 1}");
        var noLimit = post(RULES, "{\"name\": \"x\", \"target\": \"box\"}");
        var badRatio = post(RULES, "{\"name\": \"x\", \"target\": \"box\", \"ratio\": -1}");

        assertThat(unknownLabel.statusCode()).isEqualTo(400);
        assertThat(unknownLabel.body()).contains("label: no torrent of box has the label 'no-such-label'");
        assertThat(noLimit.body()).contains("at least one limit");
        assertThat(badRatio.body()).contains("ratio: 0 to 10000");
    }

    private void add(TestTorrent torrent, String label) throws Exception {
        var added = post(
                "api/v1/targets/box/torrents",
                "{\"torrents\": [{\"name\": \"" + torrent.name() + ".torrent\", \"base64\": \""
                        + Base64.getEncoder().encodeToString(torrent.bytes()) + "\"}], \"start\": true, \"label\": \""
                        + label + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    }

    /** The torrent's state word, as the API derives it ("seeding", "stopped", ...). */
    private String stateOf(CompleteTorrent torrent) throws Exception {
        JsonNode list = json.readTree(
                get("api/v1/targets/box/torrents?fields=hash,state").body());
        for (JsonNode row : list.at("/torrents")) {
            if (row.at("/hash").asText().equals(torrent.hash())) {
                return row.at("/state").asText();
            }
        }
        throw new AssertionError(torrent.hash() + " is not listed: " + list);
    }

    /** The first rule once it passes the check, polled through the process's deadline poll. */
    private JsonNode awaitRule(Predicate<JsonNode> done) throws Exception {
        String body = running.process().await(base + RULES, Duration.ofSeconds(30), text -> done.test(firstRule(text)));
        return firstRule(body);
    }

    private JsonNode firstRule(String body) {
        try {
            return json.readTree(body).at("/rules/0");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void awaitTorrents(Predicate<String> done) {
        running.process()
                .await(base + "api/v1/targets/box/torrents?fields=hash,complete", Duration.ofSeconds(60), done);
    }

    private PyrotorrentProcess.Result cli(String... args) {
        var all = new ArrayList<>(List.of("--config", running.config().toString()));
        all.addAll(List.of(args));
        return PyrotorrentProcess.run(dir, all.toArray(String[]::new));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static List<String> hashes(JsonNode matches) {
        var hashes = new ArrayList<String>();
        matches.at("/torrents").forEach(t -> hashes.add(t.at("/hash").asText()));
        return hashes;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.header("X-Requested-With", "it")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
