package io.pyrotorrent.adapter.api.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST .../labels/rename: every torrent with the label, only those; bad names named in a 400. */
class LabelRenameApiTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void renamesTheLabelOnEveryTorrentThatHasIt() {
        var a = api.alpha.put(TestTorrent.unique("a").metainfo(), false).label(Label.of("old"));
        var b = api.alpha.put(TestTorrent.unique("b").metainfo(), false).label(Label.of("old"));
        var other = api.alpha.put(TestTorrent.unique("c").metainfo(), false).label(Label.of("keep"));

        var reply = api.postJson("/api/v1/targets/alpha/labels/rename", "{\"from\": \"old\", \"to\": \"new\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("renamed")).hasSize(2);
        assertThat(a.label()).isEqualTo(Label.of("new"));
        assertThat(b.label()).isEqualTo(Label.of("new"));
        assertThat(other.label()).isEqualTo(Label.of("keep"));
    }

    @Test
    void anEmptyTo_removesTheLabel() {
        var a = api.alpha.put(TestTorrent.unique("a").metainfo(), false).label(Label.of("old"));

        var reply = api.postJson("/api/v1/targets/alpha/labels/rename", "{\"from\": \"old\", \"to\": \"\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(a.label()).isEqualTo(Label.NONE);
    }

    @Test
    void badNames_are400NamingTheField() {
        var tooLong = api.postJson(
                "/api/v1/targets/alpha/labels/rename", "{\"from\": \"old\", \"to\": \"" + "x".repeat(129) + "\"}");
        var control = api.postJson("/api/v1/targets/alpha/labels/rename", "{\"from\": \"old\", \"to\": \"a\\u0007\"}");
        var emptyFrom = api.postJson("/api/v1/targets/alpha/labels/rename", "{\"from\": \"\", \"to\": \"x\"}");
        var unknownTarget = api.postJson("/api/v1/targets/nowhere/labels/rename", "{\"from\": \"a\", \"to\": \"b\"}");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorMessage()).contains("to: a label is at most 128 characters");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.errorMessage()).contains("to: a label cannot contain control characters");
        assertThat(emptyFrom.status()).isEqualTo(400);
        assertThat(emptyFrom.errorMessage()).contains("from: name the label to rename");
        assertThat(unknownTarget.status()).isEqualTo(404);
    }
}
