package io.pyrotorrent.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The same fuzz against a server with a user, by a visitor who never logs in: every route, with
 * the same kinds of input, must answer with its gate ({@link LoggedOutChecks}) and never with a
 * torrent. Before the fuzz, the user (over HTTP Basic) sees the torrents, so a leak would show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class LoggedOutFuzzIT {

    private static final String USER = "fuzz-admin";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    private static Path dir;
    private static FuzzRig rig;
    private static Requests requests;
    private static long started;

    @BeforeAll
    static void start() throws IOException {
        started = System.nanoTime();
        dir = Files.createTempDirectory("pyrotorrent-fuzz-users-");
        rig = FuzzRig.startWithUser(dir, USER, PASSWORD);
        requests = new Requests(rig.fixture);
        assertThat(rig.get("/api/v1/targets/" + FuzzRig.TARGET + "/torrents").text())
                .as("what the user sees, and the fuzz must not")
                .contains(FuzzRig.SINGLE.name(), FuzzRig.MULTI.name());
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
            assertThat(rig.app.stderr()).as("the server's log").doesNotContain(" ERROR ");
            System.out.printf(
                    "LoggedOutFuzzIT: %d requests (seed %d) in %d s; statuses %s%n",
                    STATUSES.values().stream().mapToInt(AtomicInteger::get).sum(),
                    FuzzRun.seed(),
                    (System.nanoTime() - started) / 1_000_000_000,
                    new TreeMap<>(STATUSES));
        } finally {
            rig.close();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void everyRouteWithoutALogin_answersWithItsGate() {
        FuzzRun.run(
                "loggedOutRouted",
                400,
                Gen.oneOf(Endpoints.ALL).flatMap(requests::routed),
                request -> LoggedOutChecks.verifyRouted(request, send(request)));
    }

    @Test
    @Order(2)
    void anyRequestWithoutALogin_neverGetsTorrentData() {
        FuzzRun.run(
                "loggedOutAny",
                200,
                Gen.either(requests.to(Endpoints.ALL), requests.anyMethod(Endpoints.ALL)),
                request -> LoggedOutChecks.verify(request, send(request)));
    }

    private static RawHttp.Response send(FuzzRequest request) throws IOException {
        RawHttp.Response response = rig.send(request);
        STATUSES.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        return response;
    }
}
