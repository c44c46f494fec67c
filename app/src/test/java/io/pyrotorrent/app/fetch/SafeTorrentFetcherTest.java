package io.pyrotorrent.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher.FetchRefusedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTorrentFetcherTest {

    private HttpServer server;
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
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
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

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
