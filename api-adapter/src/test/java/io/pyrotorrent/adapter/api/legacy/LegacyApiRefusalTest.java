package io.pyrotorrent.adapter.api.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Elements that fail answer an error at their index; the others still answer. */
class LegacyApiRefusalTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode rtorrent(String name, String args) {
        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "alpha", "attributes": [["%s", %s]]},
                 {"type": "rtorrent", "target": "alpha", "attributes": [["get_upload_throttle", []]]}]""".formatted(name, args));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get(1).get("get_upload_throttle").asLong())
                .as("the other element")
                .isZero();
        return reply.json().get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "execute",
                "execute_command",
                "execute.throw",
                "system.shutdown",
                "system.multicall",
                "d.name",
                "method.insert",
                "d.multicall2",
                "load.raw",
                "get_name",
                "set_name"
            })
    void namesOutsideTheTable_areRefusedForThatElement(String name) {
        JsonNode element = rtorrent(name, "[\"sh\", \"-c\", \"touch /tmp/pwned\"]");

        assertThat(element.at("/error/code").asText()).isEqualTo("unknown_attribute");
        assertThat(element.at("/error/message").asText()).startsWith("request[0] (rtorrent): '" + name + "'");
        assertThat(api.alpha.roundTrips()).as("the valid element still ran").isEqualTo(1);
    }

    @Test
    void aNameOfAnotherType_saysWhichTypesHaveIt() {
        JsonNode element = rtorrent("get_name", "[]");

        assertThat(element.at("/error/message").asText()).contains("only of torrent, torrentrequester");
    }

    @Test
    void aSettingWithoutADomainCommand_answersNotSupported() {
        JsonNode element = rtorrent("set_xmlrpc_size_limit", "[1048576]");

        assertThat(element.at("/error/code").asText()).isEqualTo("not_supported");
        assertThat(element.at("/error/message").asText())
                .contains("set_xmlrpc_size_limit")
                .contains("network.xmlrpc.size_limit.set");
    }

    @Test
    void aRefusedElement_runsNoneOfItsSteps() {
        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "alpha", "attributes": [["set_upload_throttle", [1000]], ["execute", []]]},
                 {"type": "rtorrent", "target": "alpha", "attributes": [["get_upload_throttle", []]]}]""");

        assertThat(reply.json().get(0).at("/error/code").asText()).isEqualTo("unknown_attribute");
        assertThat(reply.json().get(1).get("get_upload_throttle").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"[\"-1\"]", "[1073741825]", "[]", "[1, 2]", "[\"20k\"]", "[1.5]", "[99999999999999999999999]"})
    void badThrottleArguments_areRefusedNamingTheAttribute(String args) {
        JsonNode element = rtorrent("set_upload_throttle", args);

        assertThat(element.at("/error/code").asText()).isEqualTo("bad_request");
        assertThat(element.at("/error/message").asText()).startsWith("request[0] (rtorrent): set_upload_throttle: ");
    }

    @Test
    void getterArguments_andBadTorrentFiles_areRefused() {
        assertThat(rtorrent("get_hostname", "[1]").at("/error/message").asText())
                .contains("takes no arguments");
        assertThat(rtorrent("add_torrent_raw", "[\"bm90IGEgdG9ycmVudA==\"]")
                        .at("/error/code")
                        .asText())
                .isEqualTo("bad_request");
        assertThat(rtorrent("add_torrent_raw", "[\"***\"]").at("/error/message").asText())
                .contains("not base64");
        assertThat(rtorrent("add_torrent", "[\"file:///etc/passwd\"]")
                        .at("/error/message")
                        .asText())
                .contains("http or https");
    }

    @Test
    void unknownTargets_unknownTypes_andBadHashes_failTheirElementOnly() {
        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "nowhere", "attributes": [["get_hostname", []]]},
                 {"type": "bogus", "target": "alpha", "attributes": []},
                 {"type": "torrent", "target": "alpha", "attributes": [["get_name", []]]},
                 {"type": "torrent", "target": "alpha", "hash": "xyz", "attributes": [["get_name", []]]},
                 {"type": "torrent", "target": "alpha", "hash": "%s", "attributes": [["get_name", []]]},
                 {"type": "torrentrequester", "target": "alpha", "view": "no such view", "attributes": [["get_name", []]]},
                 {"type": "torrentrequester", "target": "alpha", "attributes": []},
                 {"type": "rtorrent", "target": "alpha", "attributes": []}]""".formatted(TestTorrent.randomHash().hex()));

        JsonNode answer = reply.json();
        assertThat(answer.get(0).at("/error/code").asText()).isEqualTo("unknown_target");
        assertThat(answer.get(0).at("/error/message").asText())
                .isEqualTo("request[0] (rtorrent): no target named 'nowhere'");
        assertThat(answer.get(1).at("/error/message").asText()).contains("unknown type");
        assertThat(answer.get(2).at("/error/message").asText()).contains("hash: required");
        assertThat(answer.get(3).at("/error/message").asText()).contains("hash: an info-hash is exactly 40");
        assertThat(answer.get(4).at("/error/code").asText()).isEqualTo("unknown_torrent");
        assertThat(answer.get(4).at("/error/message").asText())
                .startsWith("request[4] (torrent): get_name: no torrent ");
        assertThat(answer.get(5).at("/error/message").asText()).contains("view: ");
        assertThat(answer.get(6).at("/error/message").asText()).contains("needs at least one attribute");
        assertThat(answer.get(7).isObject()).isTrue();
        assertThat(answer.get(7).isEmpty()).isTrue();
    }

    @Test
    void aDeadTarget_failsItsElements_andTheOtherTargetStillAnswers() {
        api.beta.failWith(new ClientFailure.TimedOut(Duration.ofSeconds(10)));

        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "beta", "attributes": [["get_hostname", []]]},
                 {"type": "rtorrent", "target": "alpha", "attributes": [["get_hostname", []]]},
                 {"type": "rtorrent", "target": "beta", "attributes": [["get_cwd", []]]}]""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get(0).at("/error/code").asText()).isEqualTo("rtorrent_timeout");
        assertThat(reply.json().get(1).get("get_hostname").asText()).isEqualTo("fake-rtorrent");
        assertThat(reply.json().get(2).at("/error/message").asText())
                .startsWith("request[2] (rtorrent): rTorrent timed out");
        assertThat(api.beta.roundTrips()).isEqualTo(1);
    }

    @Test
    void aHashOnAnRtorrentElement_andAViewOnATorrent_areRefused() {
        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "alpha", "hash": "%1$s", "attributes": []},
                 {"type": "torrent", "target": "alpha", "hash": "%1$s", "view": "main", "attributes": []}]""".formatted(TestTorrent.randomHash().hex()));

        assertThat(reply.json().get(0).at("/error/message").asText()).contains("takes no hash");
        assertThat(reply.json().get(1).at("/error/message").asText()).contains("takes no view");
    }
}
