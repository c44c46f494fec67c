package io.pyrotorrent.it.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;

/**
 * rTorrent is ready when {@code system.client_version} answers, not when its port opens (the
 * port opens at once, the first answer can take seconds with a big session). In TCP mode nginx
 * must also relay the same call with HTTP 200. Polls until a deadline; fails fast if the
 * container exits.
 */
final class RtorrentReadiness implements WaitStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(RtorrentReadiness.class);
    private static final String CLIENT_VERSION = ScgiProbe.xmlCall("system.client_version");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;

    private final RtorrentContainer container;
    private Duration startupTimeout = Duration.ofSeconds(60);

    RtorrentReadiness(RtorrentContainer container) {
        this.container = container;
    }

    @Override
    public WaitStrategy withStartupTimeout(Duration timeout) {
        this.startupTimeout = timeout;
        return this;
    }

    @Override
    public void waitUntilReady(WaitStrategyTarget target) {
        long started = System.nanoTime();
        long deadline = started + startupTimeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                probe();
                LOG.info(
                        "rTorrent ({} mode) answered after {} ms",
                        container.mode(),
                        (System.nanoTime() - started) / 1_000_000);
                return;
            } catch (IOException e) {
                last = e;
            }
            if (!target.isRunning()) {
                throw new ContainerLaunchException(
                        "The rTorrent container exited during start-up " + "(Testcontainers logs its output)", last);
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new ContainerLaunchException(
                        "rTorrent did not answer system.client_version within " + startupTimeout, last);
            }
            sleepBeforeNextPoll();
        }
    }

    private void probe() throws IOException {
        String answer = ScgiProbe.call(container.scgiAddress(), CLIENT_VERSION, CALL_TIMEOUT);
        if (!answer.contains("<methodResponse>")) {
            throw new IOException("Unexpected answer to system.client_version: " + answer);
        }
        if (container.mode() == RtorrentContainer.Mode.TCP) {
            probeNginx();
        }
    }

    private void probeNginx() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(container.httpUrl())
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(CLIENT_VERSION))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(CALL_TIMEOUT)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("nginx answered HTTP " + response.statusCode() + " on /RPC2");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while probing nginx", e);
        }
    }

    private static void sleepBeforeNextPoll() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContainerLaunchException("Interrupted while waiting for rTorrent");
        }
    }
}
