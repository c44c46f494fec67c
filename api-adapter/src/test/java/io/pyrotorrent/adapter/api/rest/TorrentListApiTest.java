package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.RecordingClient;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TorrentListApiTest {

    private static final String LIST = "/api/v1/targets/alpha/torrents";

    private TestApi api;
    private RecordingClient recorder;
    private final List<TestTorrent> torrents = new ArrayList<>();

    @BeforeEach
    void start() {
        api = TestApi.start(options -> options.alphaClient = client -> recorder = new RecordingClient(client));
        for (String name : List.of("charlie", "alpha", "bravo")) {
            torrents.add(TestTorrent.unique(name));
        }
        api.alpha.put(torrents.get(0).metainfo(), true).complete(true).label(Label.of("linux"));
        api.alpha.put(torrents.get(1).metainfo(), false);
        api.alpha.put(torrents.get(2).metainfo(), true).rates(10, 2000).label(Label.of("linux"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void byDefault_aPageOfTypedRows_withTheTotalAndStateCounts() {
        var reply = api.get(LIST);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("total").asInt()).isEqualTo(3);
        assertThat(body.at("/counts/seeding").asInt()).isEqualTo(1);
        assertThat(body.at("/counts/stopped").asInt()).isEqualTo(1);
        JsonNode first = body.at("/torrents/0");
        assertThat(first.fieldNames()).toIterable().containsExactly(TorrentColumns.DEFAULT.toArray(String[]::new));
        assertThat(first.get("state").asText()).isEqualTo("seeding");
        assertThat(first.get("ratio").isDouble()).isTrue();
        assertThat(first.get("label").asText()).isEqualTo("linux");
    }

    @Test
    void onlyTheFieldsAsked_areFetchedFromRtorrent_inOneRoundTrip() {
        var reply = api.get(LIST + "?fields=name,complete,started");

        JsonNode row = reply.json().at("/torrents/0");
        assertThat(row.fieldNames()).toIterable().containsExactly("hash", "name", "complete", "started");
        assertThat(row.get("complete").isBoolean()).isTrue();
        assertThat(row.get("started").asText()).endsWith("Z");
        assertThat(recorder.requests).hasSize(1);
        var query = (TorrentListQuery) recorder.last().steps().get(0);
        var expected = new LinkedHashSet<Field<?>>(
                List.of(TorrentFields.NAME, TorrentFields.COMPLETE, TorrentFields.STARTED, TorrentFields.HASH));
        expected.addAll(TorrentState.FIELDS);
        assertThat(query.columns().fields()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void neverStarted_isNull_andAStateAsked_isDerived() {
        JsonNode row = api.get(LIST + "?fields=started,state&q=alpha").json().at("/torrents/0");

        assertThat(row.get("started").isNull()).isTrue();
        assertThat(row.get("state").asText()).isEqualTo("stopped");
    }

    @Test
    void sortFilterAndPage_workTogether() {
        JsonNode body = api.get(LIST + "?fields=name,down_rate&sort=name&order=desc&label=linux&offset=1&limit=1")
                .json();

        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.get("torrents")).hasSize(1);
        assertThat(body.at("/torrents/0/name").asText()).startsWith("bravo");
        assertThat(api.get(LIST + "?q=CHAR").json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(LIST + "?view=stopped").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theTrackerFilter_keepsTorrentsWithATrackerInThatDomain_andCombinesWithTheLabel() {
        var other = TestTorrent.withTrackers("delta", "http://tracker.example.org/announce", "udp://open.other.net:1");
        api.alpha.put(other.metainfo(), false).label(Label.of("linux"));

        JsonNode body = api.get(LIST + "?fields=name&tracker=example.org").json();
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.at("/torrents/0/name").asText()).isEqualTo("delta");
        assertThat(api.get(LIST + "?tracker=other.net&label=linux")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get(LIST + "?tracker=127.0.0.1").json().get("total").asInt())
                .as("the other torrents announce to TestTorrent.TRACKER")
                .isEqualTo(3);
        assertThat(api.get(LIST + "?tracker=nowhere.example")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fields=name,bogus                | fields: unknown field 'bogus'",
                "sort=views                       | sort: cannot sort by 'views'",
                "sort=state                       | sort: cannot sort by 'state'",
                "order=up                         | order: expected asc or desc",
                "limit=0                          | limit: expected a whole number from 1 to 1000",
                "limit=1001                       | limit: expected a whole number from 1 to 1000",
                "limit=99999999999999999999999999 | limit: expected a whole number",
                "offset=-1                        | offset: expected a whole number",
                "offset=ten                       | offset: expected a whole number",
                "view=no%20such                   | view: a view name is",
                "label=%01                        | label: a label cannot contain control characters",
                "tracker=exa%20mple.org           | tracker: a tracker domain is a host name",
                "colour=red                       | unknown query parameter 'colour'",
                "limit=1&limit=2                  | limit: given 2 times",
            })
    void badQueryParameters_areA400NamingTheParameter(String query, String message) {
        var reply = api.get(LIST + "?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("bad_request");
        assertThat(reply.errorMessage()).startsWith(message);
        assertThat(recorder.requests).isEmpty();
    }

    @Test
    void anUnknownTarget_is404() {
        var reply = api.get("/api/v1/targets/gamma/torrents");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("unknown_target");
    }

    @Test
    void rtorrentFailures_are502And504_andAnUnknownViewA409() {
        assertThat(api.get(LIST + "?view=nosuchview").status()).isEqualTo(409);
        api.alpha.failWith(new ClientFailure.Unreachable("connection refused"));
        var unreachable = api.get(LIST);
        api.alpha.failWith(new ClientFailure.ProtocolError("truncated answer"));
        var protocol = api.get(LIST);
        api.alpha.failWith(new ClientFailure.TimedOut(Duration.ofSeconds(5)));
        var timedOut = api.get(LIST);

        assertThat(unreachable.status()).isEqualTo(502);
        assertThat(unreachable.errorCode()).isEqualTo("rtorrent_unreachable");
        assertThat(unreachable.errorMessage()).isEqualTo("rTorrent is unreachable: connection refused");
        assertThat(protocol.status()).isEqualTo(502);
        assertThat(protocol.errorCode()).isEqualTo("rtorrent_protocol_error");
        assertThat(timedOut.status()).isEqualTo(504);
        assertThat(timedOut.errorCode()).isEqualTo("rtorrent_timeout");
    }
}
