package io.pyrotorrent.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The real fat jar, run as its own process (as a user runs it), with output captured to files.
 * Stopped by PID: SIGTERM first, then SIGKILL if it does not exit.
 */
public final class PyrotorrentProcess implements AutoCloseable {

    static final int LOWEST_PORT = 20_000;
    static final int EPHEMERAL_START = 32_768;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private PyrotorrentProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The jar `mvn package` made; the reactor builds app before it-tests. */
    public static Path jar() {
        Path jar = Path.of("..", "app", "target", "pyrotorrent.jar")
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run 'mvn -B package -DskipTests' first");
        }
        return jar;
    }

    public static PyrotorrentProcess start(Path workDir, Map<String, String> env, String... args) {
        return start(false, workDir, env, args);
    }

    /**
     * Like a terminal starts it: the leader of its own process group, so a test can send the
     * group a Ctrl-C without hitting the test JVM.
     */
    public static PyrotorrentProcess startInOwnGroup(Path workDir, Map<String, String> env, String... args) {
        return start(true, workDir, env, args);
    }

    private static PyrotorrentProcess start(boolean ownGroup, Path workDir, Map<String, String> env, String... args) {
        var command = new ArrayList<String>();
        if (ownGroup) {
            command.add("setsid");
            // A terminal's foreground job takes Ctrl-C; a test run started in the background (by
            // `cmd &` in a script, say) passes SIGINT on as ignored, and the JVM then never hears
            // it. perl sets it back to the default before it becomes java (same pid).
            command.addAll(
                    List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\";"));
        }
        command.addAll(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx96m", "-jar", jar().toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, "stdout", ".log");
            Path err = Files.createTempFile(workDir, "stderr", ".log");
            var builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            return new PyrotorrentProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a CLI command to its end (bounded) and gives its exit code and output. */
    public static Result run(Path workDir, String... args) {
        try (var cli = start(workDir, Map.of(), args)) {
            int code = cli.awaitExit(Duration.ofSeconds(60));
            return new Result(code, cli.stdout(), cli.stderr());
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {}

    /**
     * A port nothing listens on, below the kernel's ephemeral range (32768-60999 on Debian), and
     * never the same one twice in this JVM. Not a port the kernel picks (a bind to port 0): those
     * come from the ephemeral range, where Docker publishes a container on the lowest port its own
     * table has free (it does not look at who else holds it) and where every outgoing connection
     * takes its local port. Two CI runs failed on that race: a container start ("Bind for
     * 127.0.0.1:32833 failed: port is already allocated": a test's own listener held it) and a
     * pyroTorrent that found its port taken between the test choosing it and the server binding it.
     */
    public static int freePort() {
        var random = ThreadLocalRandom.current();
        for (int tries = 0; tries < 1_000; tries++) {
            int port = random.nextInt(LOWEST_PORT, EPHEMERAL_START);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (var socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // someone else's: try another
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST_PORT + " and " + EPHEMERAL_START);
    }

    /** Polls GET url until it answers 200, with a deadline; fails early if the process died. */
    public String awaitOk(String url, Duration timeout) {
        return await(url, timeout, body -> true);
    }

    /** Polls GET url until a 200 answer's body passes the check, with a deadline. */
    public String await(String url, Duration timeout, java.util.function.Predicate<String> check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("pyroTorrent exited with " + process.exitValue() + ": " + stderr());
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && check.test(response.body())) {
                    return response.body();
                }
            } catch (IOException notYet) {
                Thread.onSpinWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no fitting 200 from " + url + " within " + timeout + "; stderr: " + stderr());
    }

    public static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Ctrl-C in a terminal: SIGINT to every process of the group, children included. */
    public int interruptGroup(Duration timeout) {
        try {
            new ProcessBuilder("kill", "-INT", "--", "-" + process.pid())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return awaitExit(timeout);
    }

    /** SIGTERM, as systemd or docker stop would send; returns the exit code. */
    public int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("pyroTorrent did not exit within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
