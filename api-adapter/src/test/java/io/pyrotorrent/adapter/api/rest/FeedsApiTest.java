package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.model.rss.FeedItem;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedsApiTest {

    private static final String FEEDS = "/api/v1/targets/alpha/feeds";
    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
        api.feedItems = List.of(
                new FeedItem("g1", "The.Show.S01E01.720p", "http://feeds.example/1.torrent", OptionalLong.of(100)),
                new FeedItem("g2", "Other.Show.S01E01", "http://feeds.example/2.torrent", OptionalLong.of(100)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private long addFeed(String url) {
        var reply = api.postJson(FEEDS, "{\"name\": \"tv\", \"url\": \"" + url + "\", \"intervalMinutes\": 30}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Test
    void aFeedWithARule_isListed_andARunAddsWhatTheRuleTakes_withHistory() {
        long feed = addFeed("http://feeds.example/rss");
        var rule = api.postJson(FEEDS + "/" + feed + "/rules", """
                {"name": "show", "include": "the\\\\.show", "label": "tv", "start": false}""");
        assertThat(rule.status()).isEqualTo(201);

        var list = api.get(FEEDS).json();
        assertThat(list.at("/feeds/0/intervalMinutes").asInt()).isEqualTo(30);
        assertThat(list.at("/feeds/0/rules/0/include").asText()).isEqualTo("the\\.show");

        var run = api.postJson(FEEDS + "/" + feed + "/run", "");
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("added").asInt()).isEqualTo(1);
        assertThat(api.alpha.all()).hasSize(1);

        var history = api.get(FEEDS + "/" + feed + "/history").json().get("entries");
        assertThat(history).hasSize(2);
        assertThat(history.findValuesAsText("state")).containsExactlyInAnyOrder("added", "skipped");
    }

    @Test
    void aPreview_ofAnUnsavedRule_saysPerItemWhatItWouldTake_andAddsNothing() {
        long feed = addFeed("http://feeds.example/rss");

        var preview = api.postJson(FEEDS + "/" + feed + "/preview", "{\"name\": \"try\", \"include\": \"other\"}");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().at("/items/0/take").asBoolean()).isFalse();
        assertThat(preview.json().at("/items/0/reason").asText()).contains("does not match include /other/");
        assertThat(preview.json().at("/items/1/take").asBoolean()).isTrue();
        assertThat(api.alpha.all()).isEmpty();
    }

    @Test
    void badRules_andBadFeeds_getAClearMessage_namingTheField() {
        long feed = addFeed("http://feeds.example/rss");

        var regex = api.postJson(FEEDS + "/" + feed + "/rules", "{\"name\": \"r\", \"include\": \"(oops\"}");
        var sizes = api.postJson(FEEDS + "/" + feed + "/rules", "{\"name\": \"r\", \"minBytes\": 10, \"maxBytes\": 5}");
        var url = api.postJson(FEEDS, "{\"name\": \"x\", \"url\": \"ftp://x.example/\"}");
        var often = api.postJson(FEEDS, "{\"name\": \"x\", \"url\": \"http://x.example/\", \"intervalMinutes\": 1}");

        assertThat(regex.status()).isEqualTo(400);
        assertThat(regex.body()).contains("include: not a regular expression");
        assertThat(sizes.body()).contains("the minimum (10 bytes) is above the maximum (5 bytes)");
        assertThat(url.body()).contains("url: expected an http or https URL");
        assertThat(often.status()).isEqualTo(400);
        assertThat(often.body()).contains("intervalMinutes");
    }

    @Test
    void anUnreadableFeed_saysWhy_inPreviewAndList() {
        long feed = addFeed("http://broken.example/rss");

        var preview = api.postJson(FEEDS + "/" + feed + "/preview", "");
        api.postJson(FEEDS + "/" + feed + "/run", "");

        assertThat(preview.status()).isEqualTo(422);
        assertThat(preview.body()).contains("malformed XML at line 1");
        assertThat(api.get(FEEDS).json().at("/feeds/0/error").asText()).isEqualTo("malformed XML at line 1");
    }

    @Test
    void anUnknownFeed_is404_andRemovingAFeed_removesIt() {
        long feed = addFeed("http://feeds.example/rss");

        assertThat(api.get(FEEDS + "/999/history").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/targets/beta/feeds/" + feed + "/history").status())
                .isEqualTo(404);
        var removed =
                api.send(HttpRequest.newBuilder(api.uri(FEEDS + "/" + feed)).DELETE());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.contentType()).as("every API answer names JSON").startsWith("application/json");
        assertThat(api.get(FEEDS).json().get("feeds")).isEmpty();
    }
}
