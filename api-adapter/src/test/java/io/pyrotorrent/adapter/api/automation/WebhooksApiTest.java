package io.pyrotorrent.adapter.api.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhooksApiTest {

    private static final String HOOKS = "/api/v1/automation/webhooks";
    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aHook_isCreatedListedTestedAndDeleted() {
        var created = api.postJson(HOOKS, """
                {"target": "alpha", "url": "https://hooks.example/in", "events": ["finished", "rule-acted"]}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("events").toString()).isEqualTo("[\"finished\",\"rule-acted\"]");
        assertThat(api.get(HOOKS).json().at("/webhooks/0/url").asText()).isEqualTo("https://hooks.example/in");
        var test = api.postJson(HOOKS + "/" + id + "/test", "");
        assertThat(test.json().get("result").asText()).isEqualTo("delivered");
        assertThat(api.webhookPosts).extracting(m -> m.event()).containsExactly(WebhookEvent.TEST);
        assertThat(api.send(HttpRequest.newBuilder(api.uri(HOOKS + "/" + id)).DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(api.postJson(HOOKS + "/" + id + "/test", "").status()).isEqualTo(404);
    }

    @Test
    void badInput_getsA400NamingTheField() {
        var privateUrl = api.postJson(HOOKS, """
                {"target": "alpha", "url": "http://private.test/", "events": ["finished"]}""");
        var ftp = api.postJson(HOOKS, """
                {"target": "alpha", "url": "ftp://hooks.example/", "events": ["finished"]}""");
        var noEvents = api.postJson(HOOKS, """
                {"target": "alpha", "url": "https://hooks.example/", "events": []}""");
        var badEvent = api.postJson(HOOKS, """
                {"target": "alpha", "url": "https://hooks.example/", "events": ["exploded"]}""");
        var unknownTarget = api.postJson(HOOKS, """
                {"target": "nowhere", "url": "https://hooks.example/", "events": ["finished"]}""");

        assertThat(privateUrl.status()).isEqualTo(400);
        assertThat(privateUrl.errorMessage()).isEqualTo("url: private.test is 10.0.0.1, in 10.0.0.0/8 (private)");
        assertThat(ftp.errorMessage()).startsWith("url: an http or https URL");
        assertThat(noEvents.errorMessage()).startsWith("events: at least one of");
        assertThat(badEvent.errorMessage()).startsWith("events: 'exploded' is not one of");
        assertThat(unknownTarget.status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.newBuilder(api.uri(HOOKS + "/abc")).DELETE())
                        .status())
                .isEqualTo(404);
    }
}
