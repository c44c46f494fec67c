package io.pyrotorrent.it.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the docker (and docker-compose) command line the way a user types it: the image tests
 * are about what `docker run`, `docker stop` and compose do, so they go through the same tools.
 */
final class DockerCli {

    record Result(int exitCode, String stdout, String stderr) {
        Result orFail(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed (exit " + exitCode + "): " + stderr.strip());
            }
            return this;
        }

        String out() {
            return stdout.strip();
        }
    }

    private DockerCli() {}

    static Result docker(Duration timeout, String... args) {
        var command = new ArrayList<String>();
        command.add("docker");
        command.addAll(List.of(args));
        return run(command, Map.of(), null, timeout);
    }

    static Result docker(String... args) {
        return docker(Duration.ofSeconds(60), args);
    }

    /** Output goes to files, not pipes: a chatty build must never block on a full pipe. */
    static Result run(List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
        try {
            Path out = Files.createTempFile("docker-cli", ".out");
            Path err = Files.createTempFile("docker-cli", ".err");
            try {
                var builder =
                        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(env);
                if (workDir != null) {
                    builder.directory(workDir.toFile());
                }
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
