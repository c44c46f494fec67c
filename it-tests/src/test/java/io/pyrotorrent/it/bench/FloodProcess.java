package io.pyrotorrent.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Flood (npm package {@code flood}, installed by it-tests/bin/run-benchmark into a cache directory,
 * never globally) on the same rTorrent as pyroTorrent, with {@code --auth none}: the peer every
 * figure is set beside. Started and stopped by its PID.
 */
final class FloodProcess implements AutoCloseable {

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String cookie = "";

    private FloodProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** The flood executable named by benchmark.flood, if it is there. */
    static Optional<Path> executable() {
        String path = System.getProperty("benchmark.flood", "");
        return path.isBlank() || !Files.isExecutable(Path.of(path)) ? Optional.empty() : Optional.of(Path.of(path));
    }

    static FloodProcess start(Path executable, Path runDir, int rtorrentPort) throws Exception {
        int port = io.pyrotorrent.it.support.PyrotorrentProcess.freePort();
        Files.createDirectories(runDir);
        var process = new ProcessBuilder(List.of(
                        executable.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--auth",
                        "none",
                        "--rthost",
                        "127.0.0.1",
                        "--rtport",
                        Integer.toString(rtorrentPort),
                        "--rundir",
                        runDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(runDir.resolve("flood.log").toFile())
                .start();
        var flood = new FloodProcess(process, "http://127.0.0.1:" + port);
        try {
            flood.login(Duration.ofSeconds(60));
        } catch (Exception | AssertionError e) {
            flood.close();
            throw e;
        }
        return flood;
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** Flood with --auth none still wants its JWT cookie: /api/auth/verify hands it out. */
    private void login(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Flood exited at start-up with " + process.exitValue());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/auth/verify"))
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                var setCookie = response.headers().allValues("set-cookie");
                if (response.statusCode() == 200 && !setCookie.isEmpty()) {
                    cookie = setCookie.get(0).split(";", 2)[0];
                    return;
                }
                last = new IllegalStateException(
                        "/api/auth/verify answered " + response.statusCode() + ": " + response.body());
            } catch (IOException e) {
                last = e;
            }
            Pacing.sleep(250);
        }
        throw new IllegalStateException("Flood did not hand out a cookie within " + within, last);
    }

    /** GET /api/torrents, timed to its last body byte, and the body's size. */
    BenchHttp.Reply torrents() throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/torrents"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - started) / 1e6;
        return new BenchHttp.Reply(response.statusCode(), response.body(), millis, Optional.empty());
    }

    String cookie() {
        return cookie;
    }

    long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TERM to Flood's PID (and any child it started, by handle), then KILL after 10 s. */
    @Override
    public void close() {
        var children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
