package io.pyrotorrent.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The real jar (behindProxy: true, base path /torrent/) behind a real nginx running the shipped
 * deploy/nginx-pyrotorrent.conf. nginx runs in the rTorrent test image on the host's network, so
 * all traffic stays on loopback; only the two ports in the config are changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BehindNginxIT {

    @TempDir
    static Path dir;

    private RtorrentContainer rtorrent;
    private GenericContainer<?> nginx;
    private PyrotorrentProcess app;
    private String base;

    @BeforeAll
    void start() throws Exception {
        rtorrent = RtorrentContainer.tcp();
        rtorrent.start();
        int appPort = PyrotorrentProcess.freePort();
        Path config = Files.writeString(dir.resolve("pyrotorrent.yaml"), """
                server:
                  host: 127.0.0.1
                  port: %d
                  basePath: /torrent/
                  behindProxy: true
                targets:
                  - name: box
                    url: %s
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: ["*"]
                """.formatted(
                        appPort, rtorrent.scgiTcpUrl(), PasswordHasher.hash("alice-password".toCharArray())));
        app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString());
        app.awaitOk("http://127.0.0.1:" + appPort + "/torrent/health", Duration.ofSeconds(60));

        int nginxPort = PyrotorrentProcess.freePort();
        String shipped = Files.readString(Path.of("..", "deploy", "nginx-pyrotorrent.conf"))
                .replace("127.0.0.1:8080", "127.0.0.1:" + appPort);
        nginx = new GenericContainer<>(DockerImageName.parse(RtorrentContainer.IMAGE))
                .withImagePullPolicy(name -> false)
                .withNetworkMode("host")
                .withCopyToContainer(Transferable.of(shipped), "/proxy/nginx-pyrotorrent.conf")
                .withCopyToContainer(Transferable.of(nginxConf(nginxPort)), "/proxy/nginx.conf")
                .withCommand("nginx", "-c", "/proxy/nginx.conf");
        nginx.start();
        base = "http://127.0.0.1:" + nginxPort + "/torrent/";
        app.awaitOk(base + "health", Duration.ofSeconds(30));
    }

    private static String nginxConf(int port) {
        return """
                daemon off;
                worker_processes 1;
                pid /tmp/nginx-proxy.pid;
                error_log stderr warn;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path /tmp/proxy-body;
                    proxy_temp_path /tmp/proxy-proxy;
                    fastcgi_temp_path /tmp/proxy-fastcgi;
                    uwsgi_temp_path /tmp/proxy-uwsgi;
                    scgi_temp_path /tmp/proxy-scgi;
                    server {
                        listen 127.0.0.1:%d;
                        include /proxy/nginx-pyrotorrent.conf;
                    }
                }
                """.formatted(port);
    }

    @AfterAll
    void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (nginx != null) {
                nginx.stop();
            }
            if (rtorrent != null) {
                rtorrent.stop();
            }
        }
    }

    @Test
    void failedLoginsEachNamingANewForwardedAddress_areStillThrottledByTheRealClientAddress() throws Exception {
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("pyro_csrf"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();

        HttpResponse<String> last = null;
        for (int i = 1; i <= 6; i++) {
            String form = "name=nobody" + i + "&password=wrong&csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            last = http.send(
                    HttpRequest.newBuilder(URI.create(base + "login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Forwarded", "for=1.2.3." + i)
                            .header("X-Forwarded-For", "9.9.9." + i)
                            .header("X-Real-IP", "8.8.8." + i)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (i < 6) {
                assertThat(last.statusCode()).as("attempt %d", i).isEqualTo(401);
            }
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Too many failed logins");
        assertThat(app.stdout() + app.stderr()).contains("login failed").doesNotContain("1.2.3.", "9.9.9.", "8.8.8.");
    }
}
