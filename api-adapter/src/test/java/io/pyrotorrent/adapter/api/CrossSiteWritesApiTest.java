package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A browser sends its saved Basic credentials with any form another site posts here, and on a
 * plain-HTTP origin that is not localhost it says nothing of where the form came from. So a change
 * sent with Basic credentials must be something no other site can make a browser send: JSON, or
 * a request with an X-Requested-With header.
 */
class CrossSiteWritesApiTest {

    private static final String SET_LIMIT =
            "[{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [[\"set_upload_throttle\", [12345]]]}]";

    private TestApi api;

    private TestApi start(boolean withUsers) {
        api = TestApi.start(options -> {
            if (withUsers) {
                options.users = List.of(TestApi.user("alice", "alpha"));
            }
        });
        return api;
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPlainFormWithBasicCredentials_is403_andReachesNoRtorrent() {
        start(true).loginAs("alice", "secret-alice");

        var reply = api.send(legacyForm());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("forbidden");
        assertThat(reply.body()).contains("application/json").contains("X-Requested-With");
        assertThat(api.alpha.roundTrips()).isZero();
    }

    @Test
    void aBodylessPostWithBasicCredentials_erasesNothing() {
        InfoHash hash = start(true)
                .alpha
                .put(TestTorrent.single("kept.iso").metainfo(), false)
                .hash();
        api.loginAs("alice", "secret-alice");
        long before = api.alpha.roundTrips();

        var reply = api.send(HttpRequest.newBuilder(api.uri("/api/v1/targets/alpha/torrents/" + hash.hex() + "/erase"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(api.alpha.roundTrips()).isEqualTo(before);
        assertThat(api.alpha.torrent(hash)).isNotNull();
    }

    @Test
    void aMultipartUploadWithBasicCredentials_needsTheHeaderToo() {
        start(true).loginAs("alice", "secret-alice");
        byte[] upload = new Multipart()
                .file("torrent", "a.torrent", TestTorrent.unique("a").bytes())
                .bytes();

        var without = api.post("/api/v1/targets/alpha/torrents", Multipart.CONTENT_TYPE, upload);

        assertThat(without.status()).isEqualTo(403);
        assertThat(api.alpha.roundTrips()).isZero();
    }

    @Test
    void theSameFormWithXRequestedWith_orTheSameRequestAsJson_isLetThrough() {
        start(true).loginAs("alice", "secret-alice");

        var withHeader = api.send(legacyForm().header("X-Requested-With", "curl"));
        var asJson = api.postJson("/api", SET_LIMIT);

        assertThat(withHeader.status()).isEqualTo(200);
        assertThat(asJson.status()).isEqualTo(200);
        assertThat(api.alpha.roundTrips()).isEqualTo(2);
    }

    @Test
    void aFormThatTheBrowserSaysIsOurOwn_isLetThrough_oneFromAnotherSiteIsNot() {
        start(true).loginAs("alice", "secret-alice");

        var own = api.send(legacyForm().header("Sec-Fetch-Site", "same-origin"));
        var foreign =
                api.send(legacyForm().header("Sec-Fetch-Site", "cross-site").header("X-Requested-With", "x"));

        assertThat(own.status()).isEqualTo(200);
        assertThat(foreign.status()).isEqualTo(403);
    }

    @Test
    void readsWithBasicCredentials_needNoHeader() {
        start(true).loginAs("alice", "secret-alice");

        assertThat(api.get("/api/v1/targets").status()).isEqualTo(200);
    }

    @Test
    void withoutUsers_onLoopback_aScriptsPlainForm_stillWorks() {
        start(false);

        var reply = api.send(legacyForm());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.alpha.roundTrips()).isEqualTo(1);
    }

    private HttpRequest.Builder legacyForm() {
        return HttpRequest.newBuilder(api.uri("/api"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "request=" + URLEncoder.encode(SET_LIMIT, StandardCharsets.UTF_8)));
    }
}
