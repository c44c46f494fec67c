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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes every route of {@link Endpoints} over HTTP: the real jar against real rTorrent, no users,
 * loopback only. Random and mutated paths, queries, forms, JSON and multipart bodies, methods
 * and Content-Types; web forms with a valid CSRF token most of the time, so the fuzz reaches the
 * handlers behind the check. Every answer must pass {@link ResponseChecks}; afterwards the server
 * must still be alive and healthy, with no error logged.
 *
 * <p>Bounded: a fixed number of tries per property ({@value #TOTAL_TRIES} requests in all) and a
 * fixed seed, so a run is repeatable; jqwik prints the seed and the (shrunk) failing request.
 * To explore other inputs, change {@link #SEED}.
 */
@PropertyDefaults(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
class HttpFuzzIT {

    static final String SEED = "20261124";
    static final int TOTAL_TRIES = 800 + 900 + 600 + 1200 + 700;

    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    private static Path dir;
    private static FuzzRig rig;
    private static Requests requests;
    private static long started;

    @BeforeContainer
    static void start() throws IOException {
        started = System.nanoTime();
        dir = Files.createTempDirectory("pyrotorrent-fuzz-");
        rig = FuzzRig.start(dir);
        requests = new Requests(rig.fixture);
    }

    @AfterContainer
    static void stopAfterCheckingItStillServes() throws IOException {
        if (rig == null) {
            return;
        }
        try {
            assertThat(rig.app.handle().isAlive()).as("the server process is alive").isTrue();
            assertThat(rig.get("/health").status()).isEqualTo(200);
            assertThat(rig.json("/health").at("/targets/0/reachable").asBoolean()).isTrue();
            rig.restoreTorrents();
            RawHttp.Response overview = rig.get("/");
            assertThat(overview.status()).isEqualTo(200);
            assertThat(overview.text()).contains(FuzzRig.SINGLE.name());
            assertThat(rig.app.stderr()).as("the server's log").doesNotContain(" ERROR ");
            System.out.printf("HttpFuzzIT: %d requests (seed %s) in %d s; statuses %s%n",
                    STATUSES.values().stream().mapToInt(AtomicInteger::get).sum(), SEED,
                    (System.nanoTime() - started) / 1_000_000_000, new TreeMap<>(STATUSES));
        } finally {
            rig.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A fuzzed erase may have removed the fixture's torrents; each property starts with them there. */
    @BeforeProperty
    void torrentsAreThere() {
        rig.restoreTorrents();
    }

    @Property(tries = 800, seed = SEED)
    void webPages(@ForAll("webPages") FuzzRequest request) throws IOException {
        check(request);
    }

    @Property(tries = 900, seed = SEED)
    void webForms(@ForAll("webForms") FuzzRequest request) throws IOException {
        check(request);
    }

    @Property(tries = 600, seed = SEED)
    void legacyApi(@ForAll("legacyApi") FuzzRequest request) throws IOException {
        check(request);
    }

    @Property(tries = 1200, seed = SEED)
    void restApi(@ForAll("restApi") FuzzRequest request) throws IOException {
        check(request);
    }

    @Property(tries = 700, seed = SEED)
    void anyMethodOnAnyRoute(@ForAll("anyMethod") FuzzRequest request) throws IOException {
        check(request);
    }

    @Provide
    Arbitrary<FuzzRequest> webPages() {
        return requests.to(Endpoints.withBody(Body.NONE).stream().filter(e -> !ResponseChecks.isApi(e.path())).toList());
    }

    @Provide
    Arbitrary<FuzzRequest> webForms() {
        return requests.to(Endpoints.withBody(Body.WEB_FORM, Body.WEB_UPLOAD));
    }

    @Provide
    Arbitrary<FuzzRequest> legacyApi() {
        return requests.to(Endpoints.ALL.stream().filter(e -> e.body() == Body.LEGACY
                || e.path().equals("/api/attributes")).toList());
    }

    @Provide
    Arbitrary<FuzzRequest> restApi() {
        return requests.to(Endpoints.ALL.stream().filter(e -> e.path().startsWith("/api/v1")).toList());
    }

    @Provide
    Arbitrary<FuzzRequest> anyMethod() {
        return requests.anyMethod(Endpoints.ALL);
    }

    private static void check(FuzzRequest request) throws IOException {
        RawHttp.Response response = rig.send(request);
        STATUSES.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        Statistics.collect(response.status() / 100 + "xx");
        ResponseChecks.verify(request, response);
    }

}
