package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Small factories for tests that run the real rtorrent binary. */
final class TestRtorrents {

    static final Path BINARY = Path.of("/usr/bin/rtorrent");

    private TestRtorrents() {}

    /** An instance on a port the OS just handed out, so parallel or repeated runs do not clash. */
    static ManagedRtorrent managed(Path dataDir) {
        return managed(dataDir, ManagedRtorrentOptions.defaults());
    }

    static ManagedRtorrent managed(Path dataDir, ManagedRtorrentOptions options) {
        int port = freePort();
        return new ManagedRtorrent(dataDir, port + "-" + port, false, "test", options);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("0.0.0.0", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clientVersion(ManagedRtorrent rtorrent) {
        Request.Builder request = Request.builder();
        Ref<Row> client = request.add(ClientQuery.of(ClientFields.CLIENT_VERSION));
        return RtorrentClient.connect(rtorrent.url(), TransportSettings.defaults())
                .send(request.build())
                .get(client)
                .get(ClientFields.CLIENT_VERSION);
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * A wrapper that runs the real rtorrent (exec keeps the PID) unless {@code brokenMarker}
     * exists, in which case it fails at once like a broken install would.
     */
    static Path breakableBinary(Path bin, Path brokenMarker) throws IOException {
        Path script = bin.resolve("rtorrent");
        Files.writeString(
                script,
                "#!/bin/sh\n"
                        + "if [ -e '" + brokenMarker + "' ]; then echo 'simulated failure'; exit 3; fi\n"
                        + "exec " + BINARY + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** This JVM's child processes whose command line names the data dir: its rtorrents. */
    static List<ProcessHandle> childrenRunningIn(Path dataDir) {
        return ProcessHandle.current()
                .children()
                .filter(child -> child.info().commandLine().orElse("").contains(dataDir.toString()))
                .toList();
    }

    /** Polls instead of sleeping a fixed time: passes as soon as the condition holds. */
    static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("condition still false after " + timeout)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
