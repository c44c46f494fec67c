package io.pyrotorrent.it.install;

import static io.pyrotorrent.it.install.DockerCli.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The pyroTorrent image as deploy/Dockerfile builds it, from this build's jar, FROM the base
 * it-tests/docker/build-app-base-image.sh makes offline (run-all-tests builds it; no registry is
 * ever asked). Built once per test JVM; the Dockerfile's package layer is cached by the engine,
 * so a rebuild costs the jar's copy, a few seconds.
 */
final class AppImage {

    static final String BASE = System.getProperty("it.appBaseImage", "pyrotorrent-app-base:bookworm");
    static final String TAG = "pyrotorrent:it";

    private static boolean built;

    private AppImage() {}

    static synchronized String build() {
        if (built) {
            return TAG;
        }
        if (docker("image", "inspect", BASE).exitCode() != 0) {
            throw new IllegalStateException("The Docker image " + BASE + " is missing and is never pulled. Build it: "
                    + "run it-tests/docker/build-app-base-image.sh (as root; run-all-tests does).");
        }
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("app/target/pyrotorrent.jar"))) {
            throw new IllegalStateException("app/target/pyrotorrent.jar is missing: build the app module first");
        }
        docker(
                        Duration.ofMinutes(5),
                        "build",
                        "-q",
                        "-f",
                        root.resolve("deploy/Dockerfile").toString(),
                        "--build-arg",
                        "BASE=" + BASE,
                        "-t",
                        TAG,
                        root.toString())
                .orFail("docker build of deploy/Dockerfile");
        built = true;
        return TAG;
    }
}
