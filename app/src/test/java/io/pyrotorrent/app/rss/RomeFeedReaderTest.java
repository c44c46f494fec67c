package io.pyrotorrent.app.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.app.fetch.AddressPolicy;
import io.pyrotorrent.app.fetch.SafeTorrentFetcher;
import io.pyrotorrent.domain.model.rss.FeedReadException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds served on loopback (allowed through the config's allow-list, as a LAN indexer would be). */
class RomeFeedReaderTest {

    private HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;
    private final RomeFeedReader reader = new RomeFeedReader(new SafeTorrentFetcher(
            AddressPolicy.publicAnd(List.of("127.0.0.0/8")), RomeFeedReader.MAX_FEED_BYTES, Duration.ofSeconds(2)));

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private URI serve(String path, String body) {
        server.createContext(path, exchange -> send(exchange, body.getBytes(StandardCharsets.UTF_8)));
        return URI.create(base + path);
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void anRssFeed_givesItsItems_withTheTorrentEnclosureAndItsSize() {
        var url = serve(
                "/rss", TestFeeds.rss(List.of(new TestFeeds.Entry("Show.S01E01", "http://t.example/1.torrent", 1234))));

        var items = reader.read(url);

        assertThat(items).hasSize(1);
        assertThat(items.get(0).title()).isEqualTo("Show.S01E01");
        assertThat(items.get(0).guid()).isEqualTo("guid-Show.S01E01");
        assertThat(items.get(0).link()).isEqualTo("http://t.example/1.torrent");
        assertThat(items.get(0).bytes()).hasValue(1234);
    }

    @Test
    void anAtomFeed_isReadToo() {
        var url = serve("/atom", TestFeeds.atom("Debian 12", "magnet:?xt=urn:btih:" + "a".repeat(40)));

        var items = reader.read(url);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Debian 12");
            assertThat(item.link()).startsWith("magnet:");
            assertThat(item.guid()).isEqualTo("urn:e1");
        });
    }

    @Test
    void malformedXml_isRefused_sayingWhere() {
        var url =
                serve("/bad", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>x</channel></rss>");

        assertThatThrownBy(() -> reader.read(url))
                .isInstanceOf(FeedReadException.class)
                .hasMessageStartingWith("not a readable RSS or Atom feed at line 2");
    }

    @Test
    void anExternalEntity_isNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "TOP-SECRET");
        var url = serve(
                "/xxe",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
                        + "\">]><rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                        + "<link>http://t.example/1.torrent</link></item></channel></rss>");

        assertThatThrownBy(() -> reader.read(url))
                .isInstanceOf(FeedReadException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void anEntityBomb_isRefused_beforeAnyExpansion() {
        var url = serve(
                "/bomb",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                        + "<rss version=\"2.0\"><channel><title>&c;</title></channel></rss>");

        assertThatThrownBy(() -> reader.read(url)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void a100MegabyteFeed_isRefused_afterFiveMegabytes() {
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 100L * 1024 * 1024);
            byte[] chunk = new byte[64 * 1024];
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 1600; i++) {
                    body.write(chunk);
                }
            } catch (IOException closedByTheReader) {
                // expected: the reader hangs up at the cap
            }
        });

        assertThatThrownBy(() -> reader.read(URI.create(base + "/huge")))
                .hasMessage("the feed is larger than 5 MiB; refused unread");
    }

    @Test
    void aStalledFeed_endsAtTheDeadline() {
        server.createContext("/stall", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        long started = System.nanoTime();
        assertThatThrownBy(() -> reader.read(URI.create(base + "/stall"))).isInstanceOf(FeedReadException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aRedirectToAPrivateAddress_isRefused_namingIt() {
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.1/rss");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        assertThatThrownBy(() -> reader.read(URI.create(base + "/moved")))
                .isInstanceOf(FeedReadException.class)
                .hasMessageContaining("10.0.0.1")
                .hasMessageContaining("private");
    }

    @Test
    void withoutTheAllowList_aLoopbackFeed_isRefused() {
        var strict = new RomeFeedReader(new SafeTorrentFetcher(
                AddressPolicy.publicAnd(List.of()), RomeFeedReader.MAX_FEED_BYTES, Duration.ofSeconds(2)));
        var url = serve("/rss", TestFeeds.rss(List.of()));

        assertThatThrownBy(() -> strict.read(url))
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("loopback");
    }
}
