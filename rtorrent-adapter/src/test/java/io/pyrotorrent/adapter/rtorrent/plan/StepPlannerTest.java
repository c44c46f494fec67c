package io.pyrotorrent.adapter.rtorrent.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepPlannerTest {

    private static final InfoHash HASH = InfoHash.of("AB".repeat(20));

    @Test
    void aTorrentList_isOneDMulticall2WithTheViewAndOneArgumentPerField() {
        var plan =
                StepPlanner.plan(TorrentListQuery.of(ViewName.of("seeding"), TorrentFields.HASH, TorrentFields.NAME));

        assertThat(plan.calls()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("d.multicall2");
            assertThat(call.params()).containsExactly("", "seeding", "d.hash=", "d.name=");
        });
    }

    @Test
    void aListOfJustTheHashes_isOneDownloadList_readBackAsRowsOfTheHash() {
        var plan = StepPlanner.plan(TorrentListQuery.of(ViewName.of("seeding"), TorrentFields.HASH));

        assertThat(plan.calls()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("download_list");
            assertThat(call.params()).containsExactly("", "seeding");
        });
        var other = InfoHash.of("CD".repeat(20));
        Object answer = new Object[] {new Object[] {HASH.hex(), other.hex().toLowerCase()}};
        assertThat(plan.decoder().apply(List.of(answer)))
                .isInstanceOfSatisfying(
                        Outcome.Success.class,
                        ok -> assertThat((List<?>) ok.value())
                                .extracting(row -> ((Row) row).get(TorrentFields.HASH))
                                .containsExactly(HASH, other));
        Object fault = Map.of("faultCode", -503, "faultString", "Could not find view.");
        assertThat(plan.decoder().apply(List.of(fault))).isInstanceOf(Outcome.Failure.class);
    }

    @Test
    void aSingleTorrent_isOneCallPerFieldAimedAtItsHash() {
        var plan = StepPlanner.plan(TorrentQuery.of(HASH, TorrentFields.NAME, TorrentFields.RATIO));

        assertThat(plan.calls()).extracting(Call::method).containsExactly("d.name", "d.ratio");
        assertThat(plan.calls()).allSatisfy(call -> assertThat(call.params()).containsExactly(HASH.hex()));
    }

    @Test
    void files_areOneFMulticall() {
        var plan = StepPlanner.plan(FileListQuery.of(HASH, FileFields.PATH));

        assertThat(plan.calls())
                .singleElement()
                .satisfies(call -> assertThat(call.params()).containsExactly(HASH.hex(), "", "f.path="));
    }

    @Test
    void aFilePriority_isSetByTargetThenTheTorrentsPrioritiesAreUpdated() {
        var plan = StepPlanner.plan(new Command.SetFilePriority(HASH, 3, FilePriority.HIGH));

        assertThat(plan.calls()).extracting(Call::method).containsExactly("f.priority.set", "d.update_priorities");
        assertThat(plan.calls().get(0).params()).containsExactly(HASH.hex() + ":f3", 2);
    }

    @Test
    void addingFileBytes_loadsRawWithTheLabelEncodedAndTheDirectoryQuoted() {
        var add = new Command.AddTorrent(
                new TorrentSource.FileBytes(new byte[] {1, 2}),
                true,
                Label.of("tv shows"),
                Optional.of(DownloadDirectory.of("/data/tv shows")));

        Call call = StepPlanner.plan(add).calls().get(0);

        assertThat(call.method()).isEqualTo("load.raw_start");
        assertThat(call.params()[1]).isEqualTo(new byte[] {1, 2});
        assertThat(List.of(call.params()).subList(2, 4))
                .containsExactly("d.custom1.set=tv%20shows", "d.directory.set=\"/data/tv shows\"");
    }

    @Test
    void addingAUrlOrMagnet_usesLoadNormalOrStart() {
        var url = Command.AddTorrent.of(new TorrentSource.Url(URI.create("https://x.test/a.torrent")), false);
        var magnet = Command.AddTorrent.of(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + HASH.hex()), true);

        assertThat(StepPlanner.plan(url).calls().get(0).method()).isEqualTo("load.normal");
        assertThat(StepPlanner.plan(magnet).calls().get(0).method()).isEqualTo("load.start");
        assertThat(StepPlanner.plan(url).calls().get(0).params()).containsExactly("", "https://x.test/a.torrent");
    }

    @Test
    void limits_goOutAsIntegersOnTheGlobalThrottle() {
        var plan = StepPlanner.plan(new Command.SetGlobalDownLimit(40_960));

        assertThat(plan.calls().get(0).method()).isEqualTo("throttle.global_down.max_rate.set");
        assertThat(plan.calls().get(0).params()).containsExactly("", 40_960);
    }

    @Test
    void theChangeCount_isReadWhereItExistsAlready_andFailsAloneWhenAHandlerIsRefusedOrTheAnswerIsNoCount() {
        var decoder = StepPlanner.plan(ChangeCountQuery.INSTALL).decoder();
        Object exists = Map.of("faultCode", -503, "faultString", "Invalid key.");
        Object refused = Map.of("faultCode", -506, "faultString", "Method 'method.set_key' not defined");

        assertThat(decoder.apply(List.of(exists, new Object[] {0}, new Object[] {0}, new Object[] {41L})))
                .isEqualTo(new Outcome.Success<>(41L));
        assertThat(decoder.apply(List.of(new Object[] {0}, refused, new Object[] {0}, new Object[] {0L})))
                .isInstanceOf(Outcome.Failure.class);
        assertThat(StepPlanner.plan(ChangeCountQuery.READ).decoder().apply(List.of((Object) new Object[] {"many"})))
                .isInstanceOf(Outcome.Failure.class);
    }
}
