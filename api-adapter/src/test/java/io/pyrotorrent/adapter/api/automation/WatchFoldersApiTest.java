package io.pyrotorrent.adapter.api.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchFoldersApiTest {

    private static final String FOLDERS = "/api/v1/automation/watch-folders";
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
    void aFolder_isSetReadListedAndDeleted() {
        var saved = api.putJson(FOLDERS + "/alpha", """
                {"directory": "/srv/watch", "label": "tv", "downloadDirectory": "/data/tv", "start": false}""");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("label").asText()).isEqualTo("tv");
        assertThat(saved.json().get("start").asBoolean()).isFalse();
        assertThat(saved.json().get("enabled").asBoolean()).isTrue();
        assertThat(saved.json().at("/status/result").asText()).isEqualTo("not scanned yet");
        assertThat(api.get(FOLDERS + "/alpha").json().get("downloadDirectory").asText())
                .isEqualTo("/data/tv");
        assertThat(api.get(FOLDERS).json().at("/folders/0/target").asText()).isEqualTo("alpha");
        var deleted =
                api.send(HttpRequest.newBuilder(api.uri(FOLDERS + "/alpha")).DELETE());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(FOLDERS + "/alpha").status()).isEqualTo(404);
    }

    @Test
    void badInput_getsA400NamingTheField() {
        var missing = api.putJson(FOLDERS + "/alpha", "{\"directory\": \"/does/not/exist\"}");
        var relative = api.putJson(FOLDERS + "/alpha", "{\"directory\": \"watch\"}");
        var badDownloads = api.putJson(FOLDERS + "/alpha", """
                {"directory": "/srv/watch", "downloadDirectory": "data"}""");
        var unknownField = api.putJson(FOLDERS + "/alpha", "{\"directory\": \"/srv/watch\", \"folder\": 1}");
        var noDirectory = api.putJson(FOLDERS + "/alpha", "{}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorMessage()).isEqualTo("directory: /does/not/exist does not exist");
        assertThat(relative.errorMessage()).startsWith("directory: an absolute path");
        assertThat(badDownloads.status()).isEqualTo(400);
        assertThat(badDownloads.errorMessage()).startsWith("downloadDirectory: a download directory is an absolute");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(noDirectory.status()).isEqualTo(400);
        assertThat(noDirectory.errorMessage()).contains("directory");
    }

    @Test
    void anUnknownTarget_is404_andDeletingNoFolderIs404() {
        assertThat(api.putJson(FOLDERS + "/nowhere", "{\"directory\": \"/srv/watch\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.send(HttpRequest.newBuilder(api.uri(FOLDERS + "/beta")).DELETE())
                        .status())
                .isEqualTo(404);
    }
}
