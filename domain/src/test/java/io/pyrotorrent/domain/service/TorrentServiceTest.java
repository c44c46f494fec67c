package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TorrentServiceTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("local"), client)));

    @Test
    void bulkCommands_goInOneRoundTripWithAnOutcomeEach() {
        var a = client.put(TestTorrent.unique("a").metainfo(), false);
        var b = client.put(TestTorrent.unique("b").metainfo(), false);

        var outcomes = service.run(
                Principal.LOCAL,
                TargetName.of("local"),
                List.of(
                        new Command.Start(a.hash()),
                        new Command.Start(b.hash()),
                        new Command.Start(TestTorrent.randomHash())));

        assertThat(client.roundTrips()).isEqualTo(1);
        assertThat(outcomes.subList(0, 2)).allMatch(o -> o instanceof Outcome.Success);
        assertThat(outcomes.get(2))
                .isInstanceOfSatisfying(
                        Outcome.Failure.class, f -> assertThat(f.failure()).isInstanceOf(ClientFailure.NotFound.class));
        assertThat(service.list(
                        Principal.LOCAL, TargetName.of("local"), ViewName.of("started"), List.of(TorrentFields.HASH)))
                .hasSize(2);
    }

    @Test
    void names_areReadForTheGivenHashesOnly_inOneRoundTrip_unknownOnesLeftOut() {
        var a = client.put(TestTorrent.single("alpha.iso").metainfo(), false);
        var unknown = TestTorrent.randomHash();

        var names = service.names(Principal.LOCAL, TargetName.of("local"), List.of(a.hash(), unknown, a.hash()));

        assertThat(names).containsExactly(java.util.Map.entry(a.hash(), "alpha.iso"));
        assertThat(client.roundTrips()).isEqualTo(1);
    }

    @Test
    void namedCommands_readTheNamesBeforeTheCommandsRun_inTheSameRoundTrip() {
        var a = client.put(TestTorrent.single("erased.iso").metainfo(), false);
        var unknown = TestTorrent.randomHash();

        var results = service.runNamed(
                Principal.LOCAL,
                TargetName.of("local"),
                List.of(new Command.Erase(a.hash()), new Command.Erase(unknown)));

        assertThat(client.roundTrips()).isEqualTo(1);
        assertThat(results.names()).containsExactly(java.util.Map.entry(a.hash(), "erased.iso"));
        assertThat(results.outcomes().get(0)).isInstanceOf(Outcome.Success.class);
        assertThat(results.outcomes().get(1)).isInstanceOf(Outcome.Failure.class);
        assertThat(service.list(Principal.LOCAL, TargetName.of("local"), ViewName.MAIN, List.of(TorrentFields.HASH)))
                .isEmpty();
    }

    @Test
    void anUnknownTarget_isRefusedByName() {
        assertThatThrownBy(() -> service.list(
                        Principal.LOCAL, TargetName.of("other"), ViewName.MAIN, List.of(TorrentFields.HASH)))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessage("no target named 'other'");
    }
}
