package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PagesBusyTest {

    @Test
    void aPageThatGetsNoTurnToRender_isA503ThatSaysTheServerIsBusy_notAHungRequest() throws Exception {
        var gate = new RenderGate(1, Duration.ofMillis(100));
        var pages = new Pages(new Templates(), new CsrfTokens(), () -> false, c -> List.of(), c -> List.of(), gate);
        var failure = new AtomicReference<Throwable>();
        var app = Javalin.create(config -> {
            SecureCookies.configure(config, false);
            config.routes.get("/", ctx -> {
                try {
                    pages.render(ctx, "error", null);
                } catch (RuntimeException e) {
                    failure.set(e);
                    throw e;
                }
            });
        });
        app.start("127.0.0.1", 0);
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/"))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            // The test holds the one turn while the page asks for it.
            HttpResponse<String> answer = gate.<HttpResponse<String>>render(() -> {
                        try {
                            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .orElseThrow();

            assertThat(failure.get()).as("what the page threw").isNull();
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("busy with other pages", "pyroTorrent");
        } finally {
            app.stop();
        }
    }
}
