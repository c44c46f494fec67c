package io.pyrotorrent.adapter.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtorrentClientTest {

    private static final InfoHash MULTI = InfoHash.of("9BC867B388B18E1E03C1F64BC0A049ADF4B3FF3C");
    private final List<RoundTrip> roundTrips = new ArrayList<>();

    private RtorrentClient over(ScriptedTransport transport, long maxRequestBytes) {
        var settings = new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 1 << 20, maxRequestBytes);
        return RtorrentClient.over(transport, settings, roundTrips::add);
    }

    @Test
    void aWholePage_isOneSystemMulticall_decodedFromRtorrentsOwnReply() {
        var transport = ScriptedTransport.answering(captured("page-multicall.xml"));
        var request = Request.builder();
        var client = request.add(ClientQuery.of(ClientFields.CLIENT_VERSION, ClientFields.UP_LIMIT));
        var list = request.add(TorrentListQuery.of(
                ViewName.MAIN,
                TorrentFields.HASH,
                TorrentFields.NAME,
                TorrentFields.SIZE_BYTES,
                TorrentFields.RATIO,
                TorrentFields.STARTED,
                TorrentFields.LABEL,
                TorrentFields.PRIORITY,
                TorrentFields.COMPLETE));
        var unknown = request.add(TorrentQuery.of(InfoHash.of("0".repeat(40)), TorrentFields.NAME));
        var files = request.add(FileListQuery.of(
                MULTI, FileFields.PATH, FileFields.PATH_COMPONENTS, FileFields.SIZE_BYTES, FileFields.PRIORITY));
        var start = request.add(new Command.Start(MULTI));

        var snapshot = over(transport, 1 << 19).send(request.build());

        assertThat(transport.requests)
                .singleElement()
                .asString()
                .contains("<methodName>system.multicall</methodName>", "d.multicall2", "d.custom1=");
        assertThat(roundTrips).hasSize(1);
        assertThat(snapshot.get(client).get(ClientFields.CLIENT_VERSION)).isEqualTo("0.9.8");
        assertThat(snapshot.get(client).get(ClientFields.UP_LIMIT)).isEqualTo(20_480L);
        var first = snapshot.get(list).get(0);
        assertThat(first.get(TorrentFields.HASH)).isEqualTo(MULTI);
        assertThat(first.get(TorrentFields.SIZE_BYTES)).isEqualTo(40_100L);
        assertThat(first.get(TorrentFields.RATIO)).isEqualTo(0.0);
        assertThat(first.get(TorrentFields.STARTED)).contains(Instant.ofEpochSecond(1_795_484_472L));
        assertThat(first.get(TorrentFields.LABEL)).isEqualTo(Label.of("Linux ISOs"));
        assertThat(first.get(TorrentFields.PRIORITY)).isEqualTo(TorrentPriority.HIGH);
        assertThat(first.get(TorrentFields.COMPLETE)).isFalse();
        assertThat(snapshot.get(list))
                .extracting(r -> r.get(TorrentFields.LABEL))
                .contains(Label.of("a,b;c"), Label.of("Linux ISOs, 2026;"));
        assertThat(snapshot.outcome(unknown))
                .isEqualTo(new Outcome.Failure<>(new ClientFailure.NotFound(-501, "Could not find info-hash.")));
        assertThat(snapshot.get(files).get(0).get(FileFields.PATH_COMPONENTS)).containsExactly("a", "b.txt");
        assertThat(snapshot.get(start)).isEqualTo(Done.INSTANCE);
    }

    @Test
    void aFaultForTheWholeCall_isTheClientFailing() {
        var client = over(ScriptedTransport.answering(captured("unknown-method-fault.xml")), 1 << 19);

        assertThatThrownBy(() -> client.send(Request.of(ClientQuery.of(ClientFields.HOSTNAME))))
                .isInstanceOfSatisfying(
                        TorrentClientException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ClientFailure.Rejected(-506, "Method 'd.get_name' not defined")));
    }

    @Test
    void aReplyWithTheWrongNumberOfResults_isAProtocolError() {
        var client = over(ScriptedTransport.answering(ScriptedTransport.zeros(1)), 1 << 19);

        assertThatThrownBy(() -> client.send(Request.of(ClientQuery.of(ClientFields.HOSTNAME, ClientFields.PID))))
                .isInstanceOfSatisfying(
                        TorrentClientException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ClientFailure.ProtocolError.class));
    }

    @Test
    void aValueOfTheWrongType_isAProtocolErrorNamingTheField() {
        var client = over(ScriptedTransport.answering(ScriptedTransport.zeros(1)), 1 << 19);

        assertThatThrownBy(() -> client.send(Request.of(ClientQuery.of(ClientFields.HOSTNAME))))
                .hasMessageContaining("expected a string for client.hostname");
    }

    @Test
    void aRequestOverTheLimit_isSentInOrderedChunksEachUnderIt() {
        var transport = ScriptedTransport.acceptingEverything();
        var request = Request.builder();
        for (int i = 0; i < 200; i++) {
            request.add(new Command.Start(TestTorrent.randomHash()));
        }

        var snapshot = over(transport, 16 * 1024).send(request.build());

        assertThat(transport.requests).hasSizeGreaterThan(1);
        assertThat(transport.requests)
                .allSatisfy(body -> assertThat(body.length()).isLessThanOrEqualTo(16 * 1024));
        assertThat(snapshot.outcomes()).hasSize(200).allMatch(o -> o instanceof Outcome.Success);
        assertThat(roundTrips).hasSameSizeAs(transport.requests);
    }

    @Test
    void aSingleStepOverTheLimit_failsAloneAndIsNeverSent() {
        var transport = ScriptedTransport.acceptingEverything();
        var request = Request.builder();
        var small = request.add(new Command.Start(TestTorrent.randomHash()));
        var huge = request.add(Command.AddTorrent.of(new TorrentSource.FileBytes(new byte[40_000]), false));

        var snapshot = over(transport, 16 * 1024).send(request.build());

        assertThat(snapshot.outcome(small)).isInstanceOf(Outcome.Success.class);
        assertThat(snapshot.outcome(huge)).isInstanceOfSatisfying(Outcome.Failure.class, failure -> {
            assertThat(failure.failure()).isInstanceOf(ClientFailure.TooLarge.class);
            assertThat(failure.failure().message()).contains("step 2", "rTorrent accepts at most 16384 bytes");
        });
        assertThat(transport.requests).singleElement().asString().doesNotContain("load.raw");
    }

    private static byte[] captured(String name) {
        try (var in = RtorrentClientTest.class.getResourceAsStream("captured/" + name)) {
            return Optional.ofNullable(in)
                    .orElseThrow(() -> new IOException("no " + name))
                    .readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
