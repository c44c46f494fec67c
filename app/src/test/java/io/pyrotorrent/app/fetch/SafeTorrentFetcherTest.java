package io.pyrotorrent.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher.FetchRefusedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTorrentFetcherTest {

    private HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private String base;
    /** Loopback is allowed only here, so a test server can be the first hop; nothing else is. */
    private final SafeTorrentFetcher loopbackOnly = new SafeTorrentFetcher(
            AddressPolicy.of(address -> address.isLoopbackAddress()), 1024, Duration.ofSeconds(2));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            exchange.sendResponseHeaders(200, 5);
            exchange.getResponseBody().write("d1:ae".getBytes());
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(new byte[5000]);
            exchange.close();
        });
        server.createContext("/to-private", exchange -> redirect(exchange, "http://10.0.0.1/x.torrent"));
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/trickle", SafeTorrentFetcherTest::trickle);
        server.createContext("/slow-loop", exchange -> {
            pause(400);
            redirect(exchange, "/slow-loop");
        });
        // Slow handlers must not hold up each other: one thread per exchange.
        server.setExecutor(handlers);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aPermittedUrl_isFetched() {
        assertThat(loopbackOnly.fetch(URI.create(base + "/ok"))).isEqualTo("d1:ae".getBytes());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/x",
                "http://10.0.0.1/x",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/x",
                "http://192.168.1.1/x",
                "http://100.64.0.1/x",
                "http://224.0.0.1/x",
                "http://0.0.0.0/x"
            })
    void internalAddresses_areRefusedBeforeAnyConnection(String url) {
        var fetcher = new SafeTorrentFetcher(AddressPolicy.publicOnly(), 1024, Duration.ofSeconds(2));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
                .isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("loopback, private, link-local or multicast");
    }

    /**
     * Spellings that other URL parsers (browsers, curl, inet_aton) read as loopback, while Java reads
     * some as public addresses (0177.0.0.1 is 177.0.0.1 to it) or as names to look up: refused before
     * any lookup or connection, as invalid hosts or by the address they spell.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0x7f.1/x",
                "http://2130706433/x",
                "http://0177.0.0.1/x",
                "http://127.1/x",
                "http://0x7f000001/x",
                "http://017700000001/x",
                "http://127.0.0.1./x",
                "http://1.2.3.4.5/x",
                "http://[::ffff:127.0.0.1]/x",
                "http://[::ffff:7f00:1]/x",
                "http://[::7f00:1]/x",
                "http://[64:ff9b::7f00:1]/x",
                "http://[fe80::1%25eth0]/x"
            })
    void trickySpellingsOfInternalAddresses_areRefusedWithoutAnyLookup(String url) {
        var fetcher = new SafeTorrentFetcher(
                AddressPolicy.publicOnly(),
                host -> {
                    throw new AssertionError("looked up " + host);
                },
                1024,
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
                .isInstanceOf(FetchRefusedException.class)
                .hasMessageMatching("(?s).*(special-purpose range|not a valid host|zone).*");
    }

    @Test
    void otherSchemes_areRefused() {
        assertThatThrownBy(() -> loopbackOnly.fetch(URI.create("file:///etc/passwd")))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> loopbackOnly.fetch(URI.create("gopher://127.0.0.1/x")))
                .hasMessageContaining("only http and https");
    }

    @Test
    void redirectsIntoInternalAddresses_areCheckedAndRefused() {
        assertThatThrownBy(() -> loopbackOnly.fetch(URI.create(base + "/to-private")))
                .hasMessageContaining("10.0.0.1");
        assertThatThrownBy(() -> loopbackOnly.fetch(URI.create(base + "/to-metadata")))
                .hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> loopbackOnly.fetch(URI.create(base + "/loop")))
                .hasMessageContaining("redirects more than 3 times");
    }

    @Test
    void aBodyOverTheCap_isRefused() {
        assertThatThrownBy(() -> loopbackOnly.fetch(URI.create(base + "/big")))
                .hasMessageContaining("larger than 1024 bytes");
    }

    @Test
    void aBodyTrickledSlowly_failsAtTheFetchDeadline_notWhenTheServerStops() {
        var fetcher = new SafeTorrentFetcher(
                AddressPolicy.of(address -> address.isLoopbackAddress()), 1024, Duration.ofSeconds(1));
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/trickle")))
                .isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("/trickle took longer than 1 s");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1800));
    }

    @Test
    void redirects_countAgainstTheSameFetchDeadline() {
        var fetcher = new SafeTorrentFetcher(
                AddressPolicy.of(address -> address.isLoopbackAddress()), 1024, Duration.ofSeconds(1));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/slow-loop")))
                .hasMessageContaining("took longer than 1 s");
    }

    @Test
    void manySlowUrlsOfOneRequest_endWithinTheRequestDeadline() {
        var fetcher = new SafeTorrentFetcher(
                AddressPolicy.of(address -> address.isLoopbackAddress()),
                HostResolver.SYSTEM,
                1024,
                Duration.ofMillis(800),
                Duration.ofSeconds(2));
        var request = fetcher.forOneRequest();
        var refusals = new ArrayList<String>();
        long start = System.nanoTime();

        for (int i = 0; i < 20; i++) {
            try {
                request.fetch(URI.create(base + "/trickle?" + i));
            } catch (FetchRefusedException e) {
                refusals.add(e.getMessage());
            }
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2800));
        assertThat(refusals).hasSize(20);
        assertThat(refusals.get(0)).contains("took longer than 800 ms");
        assertThat(refusals.get(19)).contains("this request's 2 s for fetching URLs ran out");
    }

    /** A body that never ends in time: one byte every 100 ms for 5 s, then the end. */
    private static void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        try (var body = exchange.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
                body.write('x');
                body.flush();
                pause(100);
            }
        } catch (IOException clientLeft) {
            // The fetcher gave up and closed the connection: what the test wants.
        }
    }

    /** The slow server itself, not a wait for a condition. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
