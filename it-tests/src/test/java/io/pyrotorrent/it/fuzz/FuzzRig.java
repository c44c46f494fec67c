package io.pyrotorrent.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RawHttp;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzz target: real rTorrent in its container with two torrents (one single-file, one with
 * two files), and the real jar serving it in the no-users loopback mode, with a storage mapping
 * whose files exist, so downloads and Range headers reach their code too. Torrent names are
 * fixed, so the rig's values (and with the fuzz's seed, every generated request) repeat run to run.
 * {@link #startWithUser} configures one user instead, for the fuzz of a visitor who is not logged in.
 */
final class FuzzRig implements AutoCloseable {

    static final String TARGET = "box";
    /** A request to a target this slow is the rig's failure, not a finding; pages answer far sooner. */
    static final Duration TARGET_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration REQUEST_DEADLINE = TARGET_TIMEOUT.plusSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_COOKIE = Pattern.compile("pyro_csrf=([A-Za-z0-9_-]{43})");

    static final TestTorrent SINGLE = TestTorrent.single("fuzz-single");
    static final TestTorrent MULTI = TestTorrent.multi("fuzz-multi", orderedFiles());
    static final TestTorrent SPARE = TestTorrent.single("fuzz-spare");

    final RtorrentContainer rtorrent;
    final PyrotorrentProcess app;
    final int port;
    final Fixture fixture;
    /** What the rig's own calls send: nothing without users, else the user's HTTP Basic credentials. */
    private final List<String[]> credentials;

    private FuzzRig(
            RtorrentContainer rtorrent, PyrotorrentProcess app, int port, Fixture fixture, List<String[]> credentials) {
        this.rtorrent = rtorrent;
        this.app = app;
        this.port = port;
        this.fixture = fixture;
        this.credentials = credentials;
    }

    /** No users: the loopback mode, where everyone is local. */
    static FuzzRig start(Path dir) {
        return start(dir, "", List.of());
    }

    /**
     * With one user, who may use every target. The rig logs in (HTTP Basic) for its own set-up;
     * the fuzz never does.
     */
    static FuzzRig startWithUser(Path dir, String name, String password) {
        String users = """
                users:
                  - name: %s
                    passwordHash: "%s"
                    targets: ["*"]
                """.formatted(name, PasswordHasher.hash(password.toCharArray()));
        String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return start(dir, users, List.<String[]>of(new String[] {"Authorization", "Basic " + basic}));
    }

    private static FuzzRig start(Path dir, String users, List<String[]> credentials) {
        var rtorrent = RtorrentContainer.tcp();
        PyrotorrentProcess app = null;
        try {
            rtorrent.start();
            Path storage = storage(dir.resolve("storage"));
            int port = PyrotorrentProcess.freePort();
            Path config = Files.writeString(
                    dir.resolve("fuzz.yaml"),
                    """
                    server:
                      port: %d
                    targets:
                      - name: %s
                        url: %s
                        timeout: %ds
                        storage:
                          remotePath: /rt
                          localPath: %s
                    """.formatted(port, TARGET, rtorrent.scgiTcpUrl(), TARGET_TIMEOUT.toSeconds(), storage) + users);
            app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString());
            app.awaitOk("http://127.0.0.1:" + port + "/health", Duration.ofSeconds(60));
            var rig = new FuzzRig(rtorrent, app, port, null, credentials);
            rig.restoreTorrents();
            rig.awaitTorrents(Duration.ofSeconds(30));
            var fixture = new Fixture(
                    TARGET,
                    List.of(SINGLE.hash().hex(), MULTI.hash().hex()),
                    rig.legacyAttributes(),
                    Base64.getEncoder().encodeToString(SPARE.bytes()),
                    rig.csrfToken(users.isEmpty() ? "/" : "/login"));
            return new FuzzRig(rtorrent, app, port, fixture, credentials);
        } catch (IOException e) {
            stop(app, rtorrent);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            stop(app, rtorrent);
            throw e;
        }
    }

    /**
     * Sends one request. A connection closed before any answer is tried once more, and said on
     * stderr: it was seen once in about a dozen full runs (a plain GET that passes on every rerun
     * with the same seed) and is not understood yet. A server that really died fails the retry,
     * and the run's end checks that the process is alive and logged no ERROR.
     */
    RawHttp.Response send(FuzzRequest request) throws IOException {
        try {
            return RawHttp.send(
                    port, request.method(), request.target(), request.headers(), request.body(), REQUEST_DEADLINE);
        } catch (IOException closed) {
            if (!String.valueOf(closed.getMessage()).startsWith("the connection closed")) {
                throw closed;
            }
            System.err.println("fuzz: retrying once after '" + closed.getMessage() + "' for " + request);
            return RawHttp.send(
                    port, request.method(), request.target(), request.headers(), request.body(), REQUEST_DEADLINE);
        }
    }

    /** A GET of the rig's own, with the user's credentials if there is one. */
    RawHttp.Response get(String target) throws IOException {
        return RawHttp.send(port, "GET", target, credentials, new byte[0], REQUEST_DEADLINE);
    }

    /** Polls the torrent list, with a deadline, until both of the fixture's torrents are in it. */
    private void awaitTorrents(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String target = "/api/v1/targets/" + TARGET + "/torrents?fields=hash";
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(target).text();
            if (body.contains(SINGLE.hash().hex()) && body.contains(MULTI.hash().hex())) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the fixture's torrents did not show within " + timeout + ": " + body);
    }

    /** Puts the fixture's torrents back (a fuzzed erase may have removed them); rTorrent ignores duplicates. */
    void restoreTorrents() {
        var torrents = new ArrayList<Map<String, String>>();
        for (TestTorrent torrent : List.of(SINGLE, MULTI)) {
            torrents.add(Map.of(
                    "name",
                    torrent.name() + ".torrent",
                    "base64",
                    Base64.getEncoder().encodeToString(torrent.bytes())));
        }
        try {
            byte[] body = JSON.writeValueAsBytes(Map.of("torrents", torrents, "start", false));
            var headers = new ArrayList<String[]>(credentials);
            headers.add(new String[] {"Content-Type", "application/json"});
            var response = RawHttp.send(
                    port, "POST", "/api/v1/targets/" + TARGET + "/torrents", headers, body, REQUEST_DEADLINE);
            if (response.status() != 200) {
                throw new AssertionError("restoring the torrents: HTTP " + response.status() + " " + response.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> legacyAttributes() throws IOException {
        var names = new ArrayList<String>();
        JSON.readTree(get("/api/attributes").body())
                .get("attributes")
                .forEach(a -> names.add(a.get("name").asText()));
        return names;
    }

    /** The token a browser gets with its first page: the same value goes in the cookie and in each form. */
    private String csrfToken(String page) throws IOException {
        String cookie = get(page).header("set-cookie").orElseThrow(() -> new AssertionError("no CSRF cookie"));
        Matcher m = CSRF_COOKIE.matcher(cookie);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + cookie);
        }
        return m.group(1);
    }

    /** What rTorrent's paths (/rt/download, /rt/session) map to here: the payloads and .torrent copies. */
    private static Path storage(Path root) throws IOException {
        Files.createDirectories(root.resolve("download/fuzz-multi/a"));
        Files.createDirectories(root.resolve("download/fuzz-multi/b"));
        Files.createDirectories(root.resolve("session"));
        Files.write(root.resolve("download/fuzz-single"), new byte[1000]);
        Files.write(
                root.resolve("download/fuzz-multi/a/one.bin"), "x".repeat(3000).getBytes(StandardCharsets.US_ASCII));
        Files.write(root.resolve("download/fuzz-multi/b/two.bin"), new byte[100]);
        for (TestTorrent torrent : List.of(SINGLE, MULTI)) {
            Files.write(root.resolve("session/" + torrent.hash().hex() + ".torrent"), torrent.bytes());
        }
        return root;
    }

    private static Map<String, Long> orderedFiles() {
        var files = new LinkedHashMap<String, Long>();
        files.put("a/one.bin", 3000L);
        files.put("b/two.bin", 100L);
        return files;
    }

    JsonNode json(String target) throws IOException {
        return JSON.readTree(get(target).body());
    }

    private static void stop(PyrotorrentProcess app, RtorrentContainer rtorrent) {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            rtorrent.stop();
        }
    }

    @Override
    public void close() {
        stop(app, rtorrent);
    }
}
