package io.pyrotorrent.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.port.out.WebhookSender;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpWebhookSenderTest {

    private static final WebhookMessage MESSAGE = new WebhookMessage(
            WebhookEvent.FINISHED,
            TargetName.of("box"),
            Instant.parse("2026-12-05T08:00:00Z"),
            Optional.of(InfoHash.of("a".repeat(40))),
            "Some \"name\"\n",
            "");

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /**
     * The policy as a table: each name resolves (by a resolver that never looks anything up) to
     * one address, and {@code refusal} says yes or no without ever connecting to it.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "127.0.0.1, refused",
        "10.1.2.3, refused",
        "172.16.0.1, refused",
        "192.168.2.1, refused",
        "169.254.169.254, refused",
        "100.64.0.1, refused",
        "0.0.0.0, refused",
        "224.0.0.1, refused",
        "::1, refused",
        "fe80::1, refused",
        "fd00::1, refused",
        "192.168.1.20, allowed",
        "93.184.216.34, allowed",
        "2606:2800:220:1::1, allowed",
    })
    void theAddressPolicy_isTheFeedsOne_withItsAllowList(String address, String verdict) throws Exception {
        var sender = new HttpWebhookSender(
                AddressPolicy.publicAnd(List.of("192.168.1.0/24")),
                host -> new InetAddress[] {
                    InetAddress.getByName(Map.of("hooks.test", address).get(host))
                },
                Duration.ofSeconds(1));

        Optional<String> refusal = sender.refusal(URI.create("https://hooks.test/in"));

        assertThat(refusal.isEmpty() ? "allowed" : "refused")
                .as(refusal.toString())
                .isEqualTo(verdict);
    }

    @Test
    void aRefusedAddress_isNamed_andSendNeverConnects() {
        var sender = new HttpWebhookSender(
                AddressPolicy.publicOnly(),
                host -> new InetAddress[] {InetAddress.getByName("169.254.169.254")},
                Duration.ofSeconds(1));

        assertThat(sender.refusal(URI.create("http://metadata.test/")))
                .hasValueSatisfying(why -> assertThat(why).contains("metadata.test is 169.254.169.254", "link-local"));
        assertThatThrownBy(() -> sender.send(URI.create("http://metadata.test/"), MESSAGE))
                .isInstanceOf(WebhookSender.Failed.class);
    }

    @Test
    void aMessage_isPostedAsJson_toALocalServerTheAllowListLetsThrough() throws Exception {
        var bodies = new CopyOnWriteArrayList<String>();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/in", exchange -> {
            bodies.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        var sender = new HttpWebhookSender(AddressPolicy.publicAnd(List.of("127.0.0.0/8")), Duration.ofSeconds(5));

        sender.send(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/in"), MESSAGE);

        assertThat(bodies)
                .containsExactly("POST application/json {\"event\":\"finished\",\"target\":\"box\","
                        + "\"at\":\"2026-12-05T08:00:00Z\",\"hash\":\"" + "A".repeat(40)
                        + "\",\"name\":\"Some \\\"name\\\"\\n\",\"detail\":\"\"}");
    }

    @Test
    void anErrorStatus_aRedirect_andAStall_areFailures_eachNamed() throws Exception {
        var stalled = new CountDownLatch(1);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/500", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.createContext("/302", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/stall", exchange -> {
            try {
                stalled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        var sender = new HttpWebhookSender(AddressPolicy.publicAnd(List.of("127.0.0.0/8")), Duration.ofMillis(500));
        try {
            assertThatThrownBy(() -> sender.send(URI.create(base + "/500"), MESSAGE))
                    .hasMessage("HTTP 500");
            assertThatThrownBy(() -> sender.send(URI.create(base + "/302"), MESSAGE))
                    .hasMessage("HTTP 302");
            long started = System.nanoTime();
            assertThatThrownBy(() -> sender.send(URI.create(base + "/stall"), MESSAGE))
                    .hasMessageStartingWith("no answer within");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            stalled.countDown();
        }
    }
}
