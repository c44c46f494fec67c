package io.pyrotorrent.it.support;

import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Makes integration tests FAIL, with instructions, when they cannot run for real: no Docker
 * engine, the local rTorrent image not built, or a Testcontainers setup that would try to pull
 * helper images from a registry. Never a silent skip (which is what
 * {@code @Testcontainers(disabledWithoutDocker = true)} would do).
 *
 * <p>{@link RtorrentContainer#start()} runs these checks itself; use
 * {@code @ExtendWith(DockerRequirement.class)} on an IT that talks to Docker otherwise.
 */
public final class DockerRequirement implements BeforeAllCallback {

    static final String HOW_TO_GET_DOCKER = "Get one with: apt-get install -y docker.io && "
            + "setsid dockerd --ip 127.0.0.1 </dev/null >/tmp/dockerd.log 2>&1 & "
            + "(it-tests/bin/run-all-tests does this, then builds the image and runs mvn verify).";

    private static volatile boolean engineChecked;

    @Override
    public void beforeAll(ExtensionContext context) {
        requireEngine();
    }

    /** Fails unless a Docker engine answers and Testcontainers is configured never to pull. */
    public static void requireEngine() {
        if (engineChecked) {
            return;
        }
        requireNoPullConfiguration();
        try {
            DockerClientFactory.instance().client().pingCmd().exec();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "No Docker engine is reachable, so the integration tests "
                            + "cannot run (they are not skipped on purpose). " + HOW_TO_GET_DOCKER,
                    e);
        }
        engineChecked = true;
    }

    /** Fails unless {@code image} exists locally: nothing here may ever pull an image. */
    public static void requireImage(String image) {
        requireEngine();
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new IllegalStateException(
                    "The Docker image " + image + " is missing and is never "
                            + "pulled. Build it: run it-tests/docker/build-rtorrent-image.sh (as root; "
                            + "with the argument 0.16 for rTorrent 0.16).",
                    e);
        }
    }

    /**
     * Without these settings Testcontainers starts Ryuk, runs start-up checks and guesses the
     * host from inside a container: each of those pulls an image from a registry (which must not
     * happen here) or hangs. Failsafe sets them (it-tests/pom.xml); an IDE run must too.
     */
    private static void requireNoPullConfiguration() {
        boolean ryukDisabled = Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"));
        String hostOverride = System.getenv("TESTCONTAINERS_HOST_OVERRIDE");
        boolean checksDisabled = TestcontainersConfiguration.getInstance().isDisableChecks();
        if (!ryukDisabled || hostOverride == null || hostOverride.isBlank() || !checksDisabled) {
            throw new IllegalStateException("Testcontainers would try to pull helper images. Run the "
                    + "ITs with mvn verify (failsafe sets the environment) or export "
                    + "TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true "
                    + "TESTCONTAINERS_HOST_OVERRIDE=localhost");
        }
    }
}
