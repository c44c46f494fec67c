package io.pyrotorrent.it.support;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Real rTorrent in a container from a local image, {@value #IMAGE} by default or
 * {@value #IMAGE_0_16} (built by it-tests/docker/build-rtorrent-image.sh [0.16]; never pulled), in
 * one of two modes:
 * <ul>
 *   <li>{@link #tcp()}: SCGI on port 5000 plus nginx serving {@code POST /RPC2} on 8080, both
 *       published on 127.0.0.1 only, on random host ports ({@link #scgiTcpUrl()},
 *       {@link #httpUrl()});</li>
 *   <li>{@link #unixSocket()}: SCGI on a unix socket in a host temp directory bind-mounted into
 *       the container ({@link #unixSocketUrl()}, {@link #socketPath()}).</li>
 * </ul>
 * {@link #start()} returns once {@code system.client_version} answers (and, in TCP mode, once
 * nginx relays it), not merely when a port opens.
 *
 * <p>Ryuk is disabled here, so nothing reaps a forgotten container: always stop it, e.g.
 * {@code try (RtorrentContainer rt = RtorrentContainer.tcp()) { rt.start(); ... }}, or
 * {@code @Container static} with JUnit's Testcontainers extension, or {@code stop()} in
 * {@code @AfterAll}. Stopping also deletes the unix-socket directory.
 */
public final class RtorrentContainer extends GenericContainer<RtorrentContainer> {

    public static final String IMAGE = "pyrotorrent-rtorrent:0.9.8";
    /** rTorrent 0.16 from Debian sid: {@code it-tests/docker/build-rtorrent-image.sh 0.16}. */
    public static final String IMAGE_0_16 = "pyrotorrent-rtorrent:0.16";

    static final int SCGI_PORT = 5000;
    static final int HTTP_PORT = 8080;
    private static final String SOCKET_DIR_IN_CONTAINER = "/rt/sock";
    private static final String SOCKET_NAME = "rpc.sock";
    private static final String RTORRENT = "rtorrent -n -o import=/rt/rtorrent.rc";
    /** Linux's limit for a unix socket path (sun_path) is 108 bytes including the NUL. */
    private static final int MAX_SOCKET_PATH = 107;

    private static final int START_ATTEMPTS = 3;

    public enum Mode {
        TCP,
        UNIX_SOCKET
    }

    private final Mode mode;
    private final Path socketDir;
    private final String image;
    /** True once a {@link #successor} took over the socket directory. */
    private boolean handedOver;

    private RtorrentContainer(String image, Mode mode, Path socketDir) {
        super(DockerImageName.parse(image));
        this.image = image;
        this.mode = mode;
        this.socketDir = socketDir;
        withImagePullPolicy(name -> false);
        withCopyToContainer(Transferable.of(rtorrentRc()), "/rt/rtorrent.rc");
        waitingFor(new RtorrentReadiness(this));
        withStartupTimeout(Duration.ofSeconds(60));
        if (mode == Mode.TCP) {
            withExposedPorts(SCGI_PORT, HTTP_PORT);
            withCopyToContainer(Transferable.of(resource("nginx.conf")), "/rt/nginx.conf");
            // nginx daemonizes; exec keeps rtorrent as the container's foreground process.
            withCommand("sh", "-c", "nginx -c /rt/nginx.conf && exec " + RTORRENT);
            withCreateContainerCmdModifier(RtorrentContainer::publishOnLoopbackOnly);
        } else {
            withCommand(RTORRENT.split(" "));
            withCreateContainerCmdModifier(this::bindSocketDir);
        }
    }

    /** rTorrent with SCGI over TCP and nginx over HTTP, published on 127.0.0.1 only. */
    public static RtorrentContainer tcp() {
        return tcp(IMAGE);
    }

    /** Like {@link #tcp()}, with another locally built rTorrent image ({@link #IMAGE_0_16}). */
    public static RtorrentContainer tcp(String image) {
        return new RtorrentContainer(image, Mode.TCP, null);
    }

    /** rTorrent with SCGI on a unix socket the host can connect to (fresh temp directory). */
    public static RtorrentContainer unixSocket() {
        return unixSocket(IMAGE);
    }

    public static RtorrentContainer unixSocket(String image) {
        try {
            Path dir = Files.createTempDirectory("pyrotorrent-rt-").toAbsolutePath();
            if (dir.resolve(SOCKET_NAME).toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
                Files.delete(dir);
                throw new IllegalStateException("Unix socket path too long under java.io.tmpdir=" + dir.getParent());
            }
            return new RtorrentContainer(image, Mode.UNIX_SOCKET, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory for rTorrent's socket", e);
        }
    }

    /**
     * Another rTorrent (of {@code image}) that will listen on this one's socket, as a restart or an
     * upgrade does: stop this one, then start the successor. This one's stop leaves the directory.
     */
    public RtorrentContainer successor(String image) {
        requireMode(Mode.UNIX_SOCKET);
        handedOver = true;
        return new RtorrentContainer(image, Mode.UNIX_SOCKET, socketDir);
    }

    /** Fails with instructions (never pulls) if Docker or the image is missing, then starts. */
    @Override
    public void start() {
        DockerRequirement.requireImage(image);
        for (int attempt = 1; ; attempt++) {
            try {
                super.start();
                return;
            } catch (RuntimeException e) {
                if (attempt == START_ATTEMPTS || !isHostPortRace(e)) {
                    throw e;
                }
                // Removes the container that could not publish its port; the socket dir stays.
                super.stop();
            }
        }
    }

    /**
     * Docker publishes on the lowest free port of its own table and binds it only then: a port some
     * other process took meanwhile fails the start with "port is already allocated". Another start
     * picks another port.
     */
    static boolean isHostPortRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("port is already allocated")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            deleteSocketDir();
        }
    }

    public Mode mode() {
        return mode;
    }

    /** {@code scgi://127.0.0.1:<port>}: rTorrent's SCGI port, reachable from the host only. */
    public URI scgiTcpUrl() {
        requireMode(Mode.TCP);
        return URI.create("scgi://127.0.0.1:" + getMappedPort(SCGI_PORT));
    }

    /** {@code http://127.0.0.1:<port>/RPC2}: XML-RPC over HTTP through nginx. */
    public URI httpUrl() {
        requireMode(Mode.TCP);
        return URI.create("http://127.0.0.1:" + getMappedPort(HTTP_PORT) + "/RPC2");
    }

    /** {@code scgi:///abs/host/path/rpc.sock}. */
    public URI unixSocketUrl() {
        try {
            return new URI("scgi", "", socketPath().toString(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The socket's path on the host. */
    public Path socketPath() {
        requireMode(Mode.UNIX_SOCKET);
        return socketDir.resolve(SOCKET_NAME);
    }

    /** Where raw SCGI calls go, in either mode (see {@link ScgiProbe}). */
    public SocketAddress scgiAddress() {
        return mode == Mode.TCP
                ? new InetSocketAddress("127.0.0.1", getMappedPort(SCGI_PORT))
                : UnixDomainSocketAddress.of(socketPath());
    }

    private String rtorrentRc() {
        String scgi = mode == Mode.TCP
                // 0.0.0.0 inside the container: Docker forwards published ports to its eth0.
                ? "network.scgi.open_port = 0.0.0.0:" + SCGI_PORT + "\n"
                // Created by root in the container; 777 so a non-root host user can connect.
                // The host directory stays 0700, so other host users cannot reach it.
                : "network.scgi.open_local = " + SOCKET_DIR_IN_CONTAINER + "/" + SOCKET_NAME + "\n"
                        + "execute.nothrow = chmod,777," + SOCKET_DIR_IN_CONTAINER + "/" + SOCKET_NAME + "\n";
        return resource("rtorrent.rc") + "\n# SCGI (" + mode + ")\n" + scgi;
    }

    /**
     * An rTorrent SCGI port is a remote shell: publish on 127.0.0.1 only, random host ports,
     * instead of Docker's default of every interface.
     */
    private static void publishOnLoopbackOnly(CreateContainerCmd cmd) {
        HostConfig hostConfig = cmd.getHostConfig();
        hostConfig.withPublishAllPorts(false);
        hostConfig.withPortBindings(
                new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(SCGI_PORT)),
                new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(HTTP_PORT)));
    }

    /** A bind mount (not a copy): the host must see the socket rTorrent creates. */
    private void bindSocketDir(CreateContainerCmd cmd) {
        HostConfig hostConfig = cmd.getHostConfig();
        Bind[] existing = hostConfig.getBinds() == null ? new Bind[0] : hostConfig.getBinds();
        Bind socketBind = new Bind(socketDir.toString(), new Volume(SOCKET_DIR_IN_CONTAINER));
        hostConfig.withBinds(
                Stream.concat(Arrays.stream(existing), Stream.of(socketBind)).toArray(Bind[]::new));
    }

    private void deleteSocketDir() {
        if (socketDir == null || !Files.isDirectory(socketDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(socketDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            if (!handedOver) {
                Files.deleteIfExists(socketDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + socketDir, e);
        }
    }

    private void requireMode(Mode wanted) {
        if (mode != wanted) {
            throw new IllegalStateException("Only in " + wanted + " mode; this container runs in " + mode + " mode");
        }
    }

    private static String resource(String name) {
        try (var in = RtorrentContainer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
