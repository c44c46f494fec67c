package io.pyrotorrent.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.fuzz.Endpoint.Body;
import io.pyrotorrent.it.support.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes every route of {@link Endpoints} over HTTP: the real jar against real rTorrent, no users,
 * loopback only. Random and mutated paths, queries, forms, JSON and multipart bodies, methods
 * and Content-Types; web forms with a valid CSRF token most of the time, so the fuzz reaches the
 * handlers behind the check. Every answer must pass {@link ResponseChecks}; afterwards the server
 * must still be alive and healthy, with no error logged.
 *
 * <p>Bounded and repeatable: each test draws a fixed number of requests ({@value #TOTAL_TRIES} in
 * all) from the fixed seed of {@link FuzzRun}, in a fixed order (the server's state carries over
 * from test to test); a failure prints the seed, the index and the whole request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class HttpFuzzIT {

    static final int TOTAL_TRIES = 800 + 900 + 600 + 1200 + 700;

    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    private static Path dir;
    private static FuzzRig rig;
    private static Requests requests;
    private static long started;

    @BeforeAll
    static void start() throws IOException {
        started = System.nanoTime();
        dir = Files.createTempDirectory("pyrotorrent-fuzz-");
        rig = FuzzRig.start(dir);
        requests = new Requests(rig.fixture);
    }

    @AfterAll
    static void stopAfterCheckingItStillServes() throws IOException {
        if (rig == null) {
            return;
        }
        try {
            assertThat(rig.app.handle().isAlive())
                    .as("the server process is alive")
                    .isTrue();
            assertThat(rig.get("/health").status()).isEqualTo(200);
            assertThat(rig.json("/health").at("/targets/0/reachable").asBoolean())
                    .isTrue();
            rig.restoreTorrents();
            RawHttp.Response overview = rig.get("/");
            assertThat(overview.status()).isEqualTo(200);
            assertThat(overview.text()).contains(FuzzRig.SINGLE.name());
            assertThat(rig.app.stderr()).as("the server's log").doesNotContain(" ERROR ");
            System.out.printf(
                    "HttpFuzzIT: %d requests (seed %d) in %d s; statuses %s%n",
                    STATUSES.values().stream().mapToInt(AtomicInteger::get).sum(),
                    FuzzRun.seed(),
                    (System.nanoTime() - started) / 1_000_000_000,
                    new TreeMap<>(STATUSES));
        } finally {
            rig.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A fuzzed erase may have removed the fixture's torrents; each test starts with them there. */
    @BeforeEach
    void torrentsAreThere() {
        rig.restoreTorrents();
    }

    @Test
    @Order(1)
    void webPages() {
        fuzz(
                "webPages",
                800,
                requests.to(Endpoints.withBody(Body.NONE).stream()
                        .filter(e -> !ResponseChecks.isApi(e.path()))
                        .toList()));
    }

    @Test
    @Order(2)
    void webForms() {
        fuzz("webForms", 900, requests.to(Endpoints.withBody(Body.WEB_FORM, Body.WEB_UPLOAD)));
    }

    @Test
    @Order(3)
    void legacyApi() {
        fuzz(
                "legacyApi",
                600,
                requests.to(Endpoints.ALL.stream()
                        .filter(e -> e.body() == Body.LEGACY || e.path().equals("/api/attributes"))
                        .toList()));
    }

    @Test
    @Order(4)
    void restApi() {
        fuzz(
                "restApi",
                1200,
                requests.to(Endpoints.ALL.stream()
                        .filter(e -> e.path().startsWith("/api/v1"))
                        .toList()));
    }

    @Test
    @Order(5)
    void anyMethodOnAnyRoute() {
        fuzz("anyMethodOnAnyRoute", 700, requests.anyMethod(Endpoints.ALL));
    }

    private static void fuzz(String property, int count, Gen<FuzzRequest> generated) {
        FuzzRun.run(property, count, generated, request -> {
            RawHttp.Response response = rig.send(request);
            STATUSES.computeIfAbsent(response.status(), s -> new AtomicInteger())
                    .incrementAndGet();
            ResponseChecks.verify(request, response);
        });
    }
}
