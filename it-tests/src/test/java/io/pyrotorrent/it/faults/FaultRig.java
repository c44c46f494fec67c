package io.pyrotorrent.it.faults;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import io.pyrotorrent.it.support.ScgiProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage for the fault tests: two real rTorrents in containers ({@value #HEALTHY}, left alone,
 * and {@value #FAULTY}, which the tests kill, freeze and restart, with {@code timeout: 2s}) and the
 * real pyroTorrent jar serving both as a process, with the JVM flags {@code ./pyrotorrent} uses.
 *
 * <p>The faulty container is published on a host port fixed at creation: Docker re-picks a random
 * host port when a stopped container starts again (measured: 32832 became 32833), and the config
 * pyroTorrent reads names one URL. Its command clears rTorrent's session lock first: after a
 * SIGKILL the lock names PID 1 on the same hostname, which the restarted rTorrent (PID 1 again)
 * would take for a live owner and refuse to start.
 */
final class FaultRig implements AutoCloseable {

    static final String HEALTHY = "alpha";
    static final String FAULTY = "beta";
    static final Duration FAULTY_TIMEOUT = Duration.ofSeconds(2);
    /** What ./pyrotorrent runs the JVM with (its JAVA_OPTS default); the launcher reads this variable. */
    static final String PRODUCTION_JVM_FLAGS = io.pyrotorrent.it.support.LauncherFlags.JAVA_OPTS;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String RTORRENT = "rtorrent -n -o import=/rt/rtorrent.rc";

    final RtorrentContainer healthy;
    final RtorrentContainer faulty;
    final PyrotorrentProcess app;
    final String base;
    private final int faultyScgiPort;

    private FaultRig(
            RtorrentContainer healthy,
            RtorrentContainer faulty,
            int faultyScgiPort,
            PyrotorrentProcess app,
            String base) {
        this.healthy = healthy;
        this.faulty = faulty;
        this.faultyScgiPort = faultyScgiPort;
        this.app = app;
        this.base = base;
    }

    /** Starts both rTorrents and pyroTorrent, and returns once the overview shows both loaded. */
    static FaultRig start(Path dir) {
        return start(dir, FAULTY_TIMEOUT);
    }

    /** As {@link #start(Path)}, with another timeout for the faulty instance. */
    static FaultRig start(Path dir, Duration faultyTimeout) {
        RtorrentContainer healthy = RtorrentContainer.tcp();
        int scgiPort = PyrotorrentProcess.freePort();
        int httpPort = PyrotorrentProcess.freePort();
        RtorrentContainer faulty = RtorrentContainer.tcp()
                .withCommand("sh", "-c", "rm -f /rt/session/rtorrent.lock; nginx -c /rt/nginx.conf && exec " + RTORRENT)
                // Runs after RtorrentContainer's own modifier (loopback, random ports): same
                // loopback-only publishing, but on host ports that survive a restart.
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withPortBindings(
                                new PortBinding(
                                        Ports.Binding.bindIpAndPort("127.0.0.1", scgiPort), ExposedPort.tcp(5000)),
                                new PortBinding(
                                        Ports.Binding.bindIpAndPort("127.0.0.1", httpPort), ExposedPort.tcp(8080))));
        PyrotorrentProcess app = null;
        try {
            healthy.start();
            faulty.start();
            if (faulty.getMappedPort(5000) != scgiPort) {
                throw new IllegalStateException("the faulty rTorrent is not on its fixed port " + scgiPort);
            }
            int port = PyrotorrentProcess.freePort();
            Path config = Files.writeString(dir.resolve("pyrotorrent.yaml"), """
                    server:
                      host: 127.0.0.1
                      port: %d
                    targets:
                      - name: %s
                        url: %s
                        timeout: 10s
                      - name: %s
                        url: %s
                        timeout: %dms
                    """.formatted(
                    port, HEALTHY, healthy.scgiTcpUrl(), FAULTY, faulty.scgiTcpUrl(), faultyTimeout.toMillis()));
            app = PyrotorrentProcess.start(
                    dir, Map.of("JDK_JAVA_OPTIONS", PRODUCTION_JVM_FLAGS), "--config", config.toString());
            String base = "http://127.0.0.1:" + port + "/";
            var rig = new FaultRig(healthy, faulty, scgiPort, app, base);
            app.await(base, Duration.ofSeconds(60), html -> rig.loaded(html, HEALTHY) && rig.loaded(html, FAULTY));
            return rig;
        } catch (IOException e) {
            stopAll(app, healthy, faulty);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            stopAll(app, healthy, faulty);
            throw e;
        }
    }

    private static void stopAll(PyrotorrentProcess app, RtorrentContainer healthy, RtorrentContainer faulty) {
        if (app != null) {
            app.close();
        }
        healthy.stop();
        faulty.stop();
    }

    // --- faults ------------------------------------------------------------------------------------

    /** SIGKILL to rTorrent (PID 1), so the container stops; it keeps its session and its host port. */
    void killFaulty() {
        faulty.getDockerClient().killContainerCmd(faulty.getContainerId()).exec();
        awaitContainerRunning(false);
    }

    /** Starts the killed container again; rTorrent reloads its session on its own. */
    void startFaulty() {
        faulty.getDockerClient().startContainerCmd(faulty.getContainerId()).exec();
        awaitContainerRunning(true);
        if (hostPortOfFaulty() != faultyScgiPort) {
            throw new IllegalStateException(
                    "after the restart rTorrent is on " + hostPortOfFaulty() + ", not " + faultyScgiPort);
        }
    }

    /** The cgroup freezer: every process of the container stops as with SIGSTOP; sockets stay open. */
    void pauseFaulty() {
        faulty.getDockerClient().pauseContainerCmd(faulty.getContainerId()).exec();
    }

    void unpauseFaulty() {
        faulty.getDockerClient().unpauseContainerCmd(faulty.getContainerId()).exec();
    }

    boolean faultyPaused() {
        var state = faulty.getDockerClient()
                .inspectContainerCmd(faulty.getContainerId())
                .exec()
                .getState();
        return Boolean.TRUE.equals(state.getPaused());
    }

    private int hostPortOfFaulty() {
        var bindings = faulty.getDockerClient()
                .inspectContainerCmd(faulty.getContainerId())
                .exec()
                .getNetworkSettings()
                .getPorts()
                .getBindings()
                .get(ExposedPort.tcp(5000));
        return Integer.parseInt(bindings[0].getHostPortSpec());
    }

    private void awaitContainerRunning(boolean running) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var state = faulty.getDockerClient()
                    .inspectContainerCmd(faulty.getContainerId())
                    .exec()
                    .getState();
            if (Boolean.TRUE.equals(state.getRunning()) == running) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("the faulty container did not become " + (running ? "running" : "stopped"));
    }

    /** Polls the faulty rTorrent directly until system.client_version answers; returns the wait. */
    Duration awaitFaultyAnswers(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                ScgiProbe.call(faulty.scgiAddress(), ScgiProbe.xmlCall("system.client_version"), Duration.ofSeconds(2));
                return Duration.ofNanos(System.nanoTime() - started);
            } catch (IOException e) {
                last = e;
                sleep(50);
            }
        }
        throw new AssertionError("rTorrent did not answer within " + timeout, last);
    }

    // --- torrents ----------------------------------------------------------------------------------

    /** Loads {@code count} tiny paused torrents (the adapter splits the request under 512 KiB) and waits for them. */
    static List<TestTorrent> load(RtorrentContainer container, String prefix, int count, Duration timeout) {
        var client = RtorrentClient.connect(container.scgiTcpUrl(), TransportSettings.defaults());
        var torrents = new ArrayList<TestTorrent>(count);
        var request = Request.builder();
        for (int i = 0; i < count; i++) {
            TestTorrent torrent = TestTorrent.unique(prefix + i);
            torrents.add(torrent);
            request.add(Command.AddTorrent.of(torrent.source(), false));
        }
        var outcomes = client.send(request.build()).outcomes();
        if (!outcomes.stream().allMatch(Outcome.Success.class::isInstance)) {
            throw new AssertionError("some loads failed: "
                    + outcomes.stream()
                            .filter(o -> !(o instanceof Outcome.Success))
                            .findFirst()
                            .orElseThrow());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(client) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "only " + count(client) + " of " + count + " torrents arrived within " + timeout);
            }
            sleep(100);
        }
        return torrents;
    }

    private static int count(RtorrentClient client) {
        var rows = client.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH)))
                .outcomes()
                .get(0)
                .orThrow();
        return ((List<?>) rows).size();
    }

    /** Writes rTorrent's session (every .torrent and its state) so a restart finds all torrents. */
    void saveFaultySession() {
        try {
            ScgiProbe.call(faulty.scgiAddress(), ScgiProbe.xmlCall("session.save"), Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- HTTP --------------------------------------------------------------------------------------

    record Answer(int status, String body, Duration took) {}

    /** GET base + path, bounded; an I/O failure is an AssertionError naming it. */
    Answer get(String path, Duration timeout) {
        long started = System.nanoTime();
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(timeout)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new AssertionError(
                    "GET " + path + " failed after " + (System.nanoTime() - started) / 1_000_000 + " ms: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Polls the overview until a 200 page passes the check; returns that page. On timeout the
     * failure says what the last page showed for each instance.
     */
    String awaitOverview(Duration timeout, Predicate<String> check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!app.handle().isAlive()) {
                throw new AssertionError("pyroTorrent exited: " + app.stderr());
            }
            try {
                var page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base))
                                .timeout(Duration.ofSeconds(15))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && check.test(page.body())) {
                    return page.body();
                }
                last = "HTTP " + page.statusCode() + ", " + summary(page.body());
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(50);
        }
        throw new AssertionError("the overview did not get there within " + timeout + "; last: " + last);
    }

    /** Per instance: its error, or its row count, for failure messages. */
    static String summary(String html) {
        var out = new StringBuilder();
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            Matcher error = TARGET_ERROR.matcher(m.group(2));
            out.append(m.group(1))
                    .append(": ")
                    .append(
                            error.find()
                                    ? "error '" + error.group(1).strip() + "'"
                                    : (m.group(2).split("data-hash=\"", -1).length - 1) + " rows")
                    .append("; ");
        }
        return out.length() == 0 ? "no sections in " + html.length() + " chars" : out.toString();
    }

    private static final Pattern SECTION =
            Pattern.compile("<section class=\"target\" id=\"target-([^\"]+)\"[^>]*>(.*?)</section>", Pattern.DOTALL);
    /** A visible error paragraph (the page also carries a hidden one for live updates). */
    private static final Pattern TARGET_ERROR =
            Pattern.compile("<p class=\"error[^\"]*\"(?![^>]*\\bhidden\\b)[^>]*>(.*?)</p>", Pattern.DOTALL);

    /** The HTML of one instance's section of the overview, if it is there. */
    static Optional<String> section(String html, String target) {
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(target)) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The section rendered its instance's status and torrents, with no error in their place. */
    boolean loaded(String html, String target) {
        return section(html, target)
                .filter(s -> !TARGET_ERROR.matcher(s).find())
                .isPresent();
    }

    /** How many torrent rows the section shows (one page: 100 by default). */
    static int rows(String html, String target) {
        return section(html, target)
                .map(s -> s.split("data-hash=\"", -1).length - 1)
                .orElse(0);
    }

    /** Counts the torrents rTorrent itself has in its main view. */
    static int countIn(RtorrentContainer container) {
        return count(RtorrentClient.connect(container.scgiTcpUrl(), TransportSettings.defaults()));
    }

    /** The error the section shows in place of its torrents (HTML-unescaped enough to read), if any. */
    static Optional<String> error(String html, String target) {
        return section(html, target).flatMap(s -> {
            Matcher m = TARGET_ERROR.matcher(s);
            return m.find()
                    ? Optional.of(m.group(1)
                            .strip()
                            .replace("&#39;", "'")
                            .replace("&quot;", "\"")
                            .replace("&amp;", "&"))
                    : Optional.empty();
        });
    }

    // --- the app's process -------------------------------------------------------------------------

    /** A line of /proc/PID/status in kB, e.g. VmRSS (now) or VmHWM (the peak). */
    long procStatusKb(String key) {
        try {
            for (String line : Files.readAllLines(
                    Path.of("/proc", Long.toString(app.handle().pid()), "status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(
                            line.substring(key.length() + 1).replace("kB", "").strip());
                }
            }
            throw new IllegalStateException(key + " not in /proc status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            try {
                if (faultyPaused()) {
                    unpauseFaulty();
                }
            } catch (RuntimeException ignored) {
                // stopping removes it anyway
            }
            try {
                healthy.stop();
            } finally {
                faulty.stop();
            }
        }
    }
}
