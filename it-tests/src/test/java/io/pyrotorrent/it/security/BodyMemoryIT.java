package io.pyrotorrent.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bodies that ended the real jar on its shipped 112 MB heap (ExitOnOutOfMemoryError), sent
 * again: each must be answered with a refusal that says why, and the process must live on. The
 * target's rTorrent is a closed port on loopback: nothing here needs it to answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BodyMemoryIT {

    /** What ./pyrotorrent runs the JVM with (its JAVA_OPTS default). */
    static final String PRODUCTION_JVM_FLAGS = io.pyrotorrent.it.support.LauncherFlags.JAVA_OPTS;

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);
    private static final String CSRF = "A".repeat(43);
    private static final Pattern FLASH = Pattern.compile("pyro_flash=([A-Za-z0-9_=-]+)");
    private static final int MB = 1024 * 1024;

    @TempDir
    static Path dir;

    private PyrotorrentProcess app;
    private int port;

    @BeforeAll
    void start() throws Exception {
        port = PyrotorrentProcess.freePort();
        Path config = Files.writeString(dir.resolve("memory.yaml"), """
                server:
                  port: %d
                targets:
                  - name: box
                    url: scgi://127.0.0.1:%d
                    timeout: 2s
                """.formatted(port, PyrotorrentProcess.freePort()));
        app = PyrotorrentProcess.start(
                dir, Map.of("JDK_JAVA_OPTIONS", PRODUCTION_JVM_FLAGS), "--config", config.toString());
        app.awaitOk("http://127.0.0.1:" + port + "/health", Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @DisplayName("One upload of six valid 10 MB .torrent files: refused, the process lives")
    void sixTenMegabyteTorrentsInOneUpload() throws Exception {
        var files = new ArrayList<byte[]>();
        for (int i = 0; i < 6; i++) {
            files.add(validTorrent("big-" + i, 10 * MB - 300));
        }

        assertRefused(upload(files));
        assertAlive();
    }

    @Test
    @DisplayName("One 10 MB bencoded list of empty strings: refused, the process lives")
    void aTenMegabyteListOfEmptyStrings() throws Exception {
        assertRefused(upload(List.of(emptyStrings(10 * MB - 2))));
        assertAlive();
    }

    @Test
    @DisplayName("Three 3.9 MB lists of empty strings at once: each refused, the process lives")
    void threeListsAtOnce() throws Exception {
        byte[] list = emptyStrings(3_900_000);

        inParallel(3, () -> upload(List.of(list))).forEach(BodyMemoryIT::assertRefused);
        assertAlive();
    }

    @Test
    @DisplayName("Ten JSON adds of 3.9 MB at once: each answered (busy, or the add refused), the process lives")
    void tenJsonAddsAtOnce() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(validTorrent("json", 2_900_000));
        byte[] json = ("{\"torrents\": [{\"name\": \"j.torrent\", \"base64\": \"" + base64 + "\"}], \"start\": false}")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(json.length).isBetween(3_800_000, 3_990_000);

        var answers = inParallel(
                10,
                () -> RawHttp.send(
                        port,
                        "POST",
                        "/api/v1/targets/box/torrents",
                        List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                        json,
                        ANSWER_WITHIN));

        for (RawHttp.Response answer : answers) {
            System.out.printf(
                    "BodyMemoryIT: JSON add %d in %d ms%n",
                    answer.status(), answer.took().toMillis());
            assertThat(answer.status()).as(answer.text()).isIn(200, 413, 502, 503, 504);
            assertThat(answer.header("content-type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            if (answer.status() == 200) {
                assertThat(answer.text()).contains("\"added\":false").contains("\"reason\"");
            } else {
                assertThat(answer.text()).contains("\"message\"");
            }
            if (answer.status() == 503) {
                assertThat(answer.header("retry-after")).isPresent();
            }
        }
        assertAlive();
    }

    /** 413/503 with a message, or the add form's own refusal: back to the form, saying why. */
    private static void assertRefused(RawHttp.Response answer) {
        System.out.printf(
                "BodyMemoryIT: %d in %d ms%n", answer.status(), answer.took().toMillis());
        assertThat(answer.status()).as(answer.text()).isIn(303, 400, 413, 503);
        String message = answer.status() == 303 ? flash(answer) : answer.text();
        if (answer.status() == 303) {
            assertThat(answer.header("location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("add_torrent"));
        }
        assertThat(message)
                .as("a clear message")
                .containsAnyOf("not a valid .torrent file", "bytes", "try again")
                .doesNotContain("Exception", "\tat ");
        if (answer.status() == 503) {
            assertThat(answer.header("retry-after")).isPresent();
        }
    }

    private static String flash(RawHttp.Response answer) {
        var cookie = FLASH.matcher(answer.header("set-cookie").orElse(""));
        assertThat(cookie.find()).as("a flash message in " + answer.headers()).isTrue();
        return new String(Base64.getUrlDecoder().decode(cookie.group(1)), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("The UI's files are served without a mounted copy of the jar in the heap")
    void staticFilesMountNoCopyOfTheJar() throws Exception {
        for (String path : List.of("/static/site.css", "/static/live.js", "/static/vendor/uplot/dist/uPlot.esm.js")) {
            var answer = RawHttp.send(port, "GET", path, List.of(), new byte[0], Duration.ofSeconds(10));
            assertThat(answer.status()).as(path).isEqualTo(200);
        }

        // Jetty's class-path resources mounted the jar as a zip file system per resource base and
        // kept them: eight copies of its index, 27 MB of this 112 MB heap.
        Path jcmd =
                Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        var histogram = new ProcessBuilder(
                        jcmd.toString(), Long.toString(app.handle().pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String text = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(histogram.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains("java.lang.String ").doesNotContain("jdk.nio.zipfs.ZipFileSystem ");
    }

    private void assertAlive() throws Exception {
        assertThat(app.handle().isAlive())
                .as("the process lives; stderr: %s", app.stderr())
                .isTrue();
        var health = RawHttp.send(port, "GET", "/health", List.of(), new byte[0], Duration.ofSeconds(5));
        assertThat(health.status()).isEqualTo(200);
        assertThat(app.stderr() + app.stdout()).doesNotContain("java.lang.OutOfMemoryError", " ERROR ");
    }

    private RawHttp.Response upload(List<byte[]> files) throws Exception {
        String boundary = "----bodymemory";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + CSRF + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < files.size(); i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"t" + i
                            + ".torrent\"\r\nContent-Type: application/x-bittorrent\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(files.get(i));
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return RawHttp.send(
                port,
                "POST",
                "/target/box/add_torrent",
                List.of(
                        new String[] {"Content-Type", "multipart/form-data; boundary=" + boundary},
                        new String[] {"Cookie", "pyro_csrf=" + CSRF}),
                body.toByteArray(),
                ANSWER_WITHIN);
    }

    private static <T> List<T> inParallel(int count, Callable<T> call) throws Exception {
        var pool = Executors.newFixedThreadPool(count);
        try {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            var results = new ArrayList<T>();
            for (Future<T> future : futures) {
                results.add(future.get(ANSWER_WITHIN.toSeconds() + 10, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** "l0:0:...0:e", {@code size} bytes in all (size even). */
    private static byte[] emptyStrings(int size) {
        byte[] list = new byte[size];
        list[0] = 'l';
        for (int i = 1; i + 1 < size - 1; i += 2) {
            list[i] = '0';
            list[i + 1] = ':';
        }
        list[size - 1] = 'e';
        return list;
    }

    /** A single-file torrent of about {@code size} bytes, nearly all of them its piece hashes. */
    private static byte[] validTorrent(String name, int size) {
        int pieces = (size - 200) / 20;
        var out = new ByteArrayOutputStream(size);
        String tracker = "http://127.0.0.1:1/announce";
        String head = "d8:announce" + tracker.length() + ":" + tracker + "4:infod6:lengthi" + (long) pieces * 16384
                + "e4:name" + name.length() + ":" + name + "12:piece lengthi16384e6:pieces" + pieces * 20 + ":";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[pieces * 20]);
        out.writeBytes("ee".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
