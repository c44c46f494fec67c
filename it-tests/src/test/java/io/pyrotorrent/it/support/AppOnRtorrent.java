package io.pyrotorrent.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real jar serving on a free loopback port in front of one real rTorrent container, which it
 * may know under several target names: what most end-to-end tests start once per class. Extra
 * YAML goes into the server section ({@code server}) and after the targets ({@code rest}, e.g.
 * {@code users:}).
 */
public final class AppOnRtorrent implements AutoCloseable {

    private final RtorrentContainer rtorrent;
    private final Path dir;
    private final Path config;
    private final String base;
    private PyrotorrentProcess app;

    private AppOnRtorrent(RtorrentContainer rtorrent, Path dir, Path config, String base) {
        this.rtorrent = rtorrent;
        this.dir = dir;
        this.config = config;
        this.base = base;
    }

    /** One target, "box". */
    public static AppOnRtorrent start(Path dir) {
        return start(dir, "", "", List.of("box"), List.of());
    }

    /**
     * Starts rTorrent, writes the config, puts {@code torrents} into rTorrent paused (every target
     * names that one rTorrent) over its own RPC in one request, then starts the jar and waits until
     * /health answers. Not with the CLI: that is a JVM start per torrent; a test about the CLI's
     * add calls {@link #add} itself.
     */
    public static AppOnRtorrent start(
            Path dir, String server, String rest, List<String> targets, List<TestTorrent> torrents) {
        return start(RtorrentContainer.IMAGE, dir, server, rest, targets, torrents);
    }

    /** Like {@link #start(Path, String, String, List, List)}, on another rTorrent image. */
    public static AppOnRtorrent start(
            String image, Path dir, String server, String rest, List<String> targets, List<TestTorrent> torrents) {
        return start(image, dir, server, "", rest, targets, torrents);
    }

    /** One target, "box", with {@code targetKeys} (YAML lines, e.g. {@code changeCount: false}) added to it. */
    public static AppOnRtorrent startWithTargetKeys(Path dir, String targetKeys) {
        return start(RtorrentContainer.IMAGE, dir, "", targetKeys, "", List.of("box"), List.of());
    }

    private static AppOnRtorrent start(
            String image,
            Path dir,
            String server,
            String targetKeys,
            String rest,
            List<String> targets,
            List<TestTorrent> torrents) {
        var rtorrent = RtorrentContainer.tcp(image);
        rtorrent.start();
        AppOnRtorrent started = null;
        try {
            int port = PyrotorrentProcess.freePort();
            var yaml = new StringBuilder("server:\n  host: 127.0.0.1\n  port: " + port + "\n");
            server.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
            yaml.append("targets:\n");
            targets.forEach(name -> yaml.append("  - name: ")
                    .append(name)
                    .append("\n    url: ")
                    .append(rtorrent.scgiTcpUrl())
                    .append('\n')
                    .append(targetKeys.indent(4)));
            yaml.append(rest);
            Path config = Files.writeString(dir.resolve("pyrotorrent.yaml"), yaml);
            started = new AppOnRtorrent(rtorrent, dir, config, "http://127.0.0.1:" + port + "/");
            started.loadPaused(torrents);
            started.app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString());
            started.app.awaitOk(started.base + "health", Duration.ofSeconds(60));
            return started;
        } catch (IOException e) {
            rtorrent.stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            if (started != null) {
                started.close();
            } else {
                rtorrent.stop();
            }
            throw e;
        }
    }

    /**
     * As a CLI add with {@code --paused} would, failing if rTorrent refused any. rTorrent loads
     * them on its next loop turn, as it did the CLI's adds; the jar's start that follows takes
     * seconds.
     */
    private void loadPaused(List<TestTorrent> torrents) {
        if (torrents.isEmpty()) {
            return;
        }
        var client = RtorrentClient.connect(rtorrent.scgiTcpUrl(), TransportSettings.defaults());
        var request = Request.builder();
        var added = torrents.stream()
                .map(t -> request.add(Command.AddTorrent.of(t.source(), false)))
                .toList();
        var answer = client.send(request.build());
        added.forEach(answer::get);
    }

    /** Adds a torrent with the CLI ({@code add FILE --target T} plus options), checking it worked. */
    public void add(TestTorrent torrent, String target, String... options) {
        try {
            Path file = Files.write(dir.resolve(torrent.hash().hex() + ".torrent"), torrent.bytes());
            var args =
                    new ArrayList<>(List.of("--config", config.toString(), "add", file.toString(), "--target", target));
            args.addAll(List.of(options));
            var added = PyrotorrentProcess.run(dir, args.toArray(String[]::new));
            assertThat(added.exitCode())
                    .as("add: %s%s", added.stdout(), added.stderr())
                    .isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the jar and starts it again on the same port and config; rTorrent keeps running. */
    public void restartApp() {
        app.terminate(Duration.ofSeconds(20));
        app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString());
        app.awaitOk(base + "health", Duration.ofSeconds(60));
    }

    /** "http://127.0.0.1:PORT/" */
    public String base() {
        return base;
    }

    public Path config() {
        return config;
    }

    public PyrotorrentProcess process() {
        return app;
    }

    public RtorrentContainer rtorrent() {
        return rtorrent;
    }

    @Override
    public void close() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            rtorrent.stop();
        }
    }
}
