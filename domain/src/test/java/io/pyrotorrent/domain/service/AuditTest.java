package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Changes through the use cases land in the audit log, and each caller reads only their share. */
class AuditTest {

    private static final TargetName BOX = TargetName.of("box");
    private static final TargetName OTHER = TargetName.of("other");

    private final TestClock clock = new TestClock();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final Targets targets =
            new Targets(Map.<TargetName, TorrentClient>of(BOX, client, OTHER, new InMemoryTorrentClient()));
    private final AuditedControl control = new AuditedControl(new TorrentService(targets), log, clock);
    private final AuditedAdd add = new AuditedAdd(
            new AddService(targets, url -> {
                throw new TorrentFileFetcher.FetchRefusedException("127.0.0.1 is a loopback address");
            }),
            log,
            clock);
    private final Principal alice = new Principal("alice", false, Set.of(BOX));

    @Test
    void commands_areLoggedWithWhoWhenWhatWhichAndTheResult_sameResultsAsOneEntry() {
        var a = client.put(TestTorrent.unique("a").metainfo(), false);
        var b = client.put(TestTorrent.unique("b").metainfo(), false);
        var unknown = TestTorrent.randomHash();

        control.run(
                alice,
                BOX,
                List.of(new Command.Start(a.hash()), new Command.Start(b.hash()), new Command.Start(unknown)));

        var entries = log.find(AuditQuery.latest(10));
        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo("alice");
            assertThat(e.target()).isEqualTo(BOX);
            assertThat(e.at()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(e.action()).isEqualTo("Start");
        });
        assertThat(entries)
                .extracting(AuditEntry::result)
                .anySatisfy(r -> assertThat(r).isEqualTo("ok"))
                .anySatisfy(r -> assertThat(r).startsWith("failed: rTorrent refused"));
        assertThat(entries.stream()
                        .filter(e -> e.result().equals("ok"))
                        .findFirst()
                        .orElseThrow()
                        .torrents())
                .containsExactly(a.hash().hex(), b.hash().hex());
    }

    @Test
    void actingOnEveryMatchingTorrent_isLoggedWithEachTorrent_aChangedCountIsNot() {
        var a = client.put(TestTorrent.single("ubuntu-a.iso").metainfo(), true);
        var b = client.put(TestTorrent.single("ubuntu-b.iso").metainfo(), true);
        var ubuntu = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME))
                .withFilters(Optional.of("ubuntu"), Optional.empty());

        control.runOnMatching(alice, BOX, ubuntu, 5, Command.Stop::new);
        assertThat(log.find(AuditQuery.latest(10))).isEmpty();

        control.runOnMatching(alice, BOX, ubuntu, 2, Command.Stop::new);
        assertThat(log.find(AuditQuery.latest(10))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Stop");
            assertThat(e.torrents())
                    .containsExactlyInAnyOrder(a.hash().hex(), b.hash().hex());
            assertThat(e.result()).isEqualTo("ok");
        });
    }

    @Test
    void namedCommands_andTheirParameters_areLoggedToo() {
        var a = client.put(TestTorrent.unique("a").metainfo(), false);

        control.runNamed(alice, BOX, List.of(new Command.SetLabel(a.hash(), Label.of("linux"))));

        assertThat(log.find(AuditQuery.latest(10)))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("SetLabel linux"));
    }

    @Test
    void anAddCommand_namesTheFileByItsHashAndName() {
        var file = TestTorrent.single("debian.iso");

        control.run(alice, BOX, List.of(Command.AddTorrent.of(file.source(), false)));

        assertThat(log.find(AuditQuery.latest(10))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("AddTorrent paused");
            assertThat(e.torrents()).containsExactly(file.hash().hex() + " debian.iso");
        });
    }

    @Test
    void aCommandRefusedAsAWhole_isLoggedAsFailed_andStillThrown() {
        var notHers = new Principal("mallory", false, Set.of());

        assertThatThrownBy(() -> control.run(notHers, BOX, List.of(new Command.Stop(TestTorrent.randomHash()))))
                .isInstanceOf(UnknownTargetException.class);

        assertThat(log.find(AuditQuery.latest(10)))
                .singleElement()
                .satisfies(e -> assertThat(e.result()).startsWith("failed: "));
    }

    @Test
    void adds_areLoggedPerSource_addedWithTheirHash_refusedWithTheReason() {
        var file = TestTorrent.unique("up");

        add.add(
                alice,
                BOX,
                List.of(
                        new NamedSource("up.torrent", file.source()),
                        new NamedSource(
                                "http://127.0.0.1/x",
                                new TorrentSource.Url(java.net.URI.create("http://127.0.0.1/x")))),
                new AddOptions(true, Label.NONE, Optional.empty()));

        var entries = log.find(AuditQuery.latest(10));
        assertThat(entries).extracting(AuditEntry::result).contains("ok");
        assertThat(entries)
                .filteredOn(e -> e.result().equals("ok"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("Add started");
                    assertThat(e.torrents()).singleElement().asString().endsWith(" up.torrent");
                });
        assertThat(entries)
                .filteredOn(e -> e.result().startsWith("refused: "))
                .singleElement()
                .satisfies(e -> assertThat(e.result()).contains("loopback"));
    }

    @Test
    void theOriginalApisBatches_auditTheirCommands_notTheirReads() {
        var a = client.put(TestTorrent.unique("a").metainfo(), false);
        var requests = new AuditedRequests(new RequestService(targets, Runnable::run), log, clock);
        var reads = new io.pyrotorrent.domain.model.request.Request(
                List.of(io.pyrotorrent.domain.model.request.TorrentListQuery.of(
                        io.pyrotorrent.domain.model.ViewName.MAIN,
                        List.of(io.pyrotorrent.domain.model.field.TorrentFields.NAME))));
        var mixed = new io.pyrotorrent.domain.model.request.Request(List.of(
                io.pyrotorrent.domain.model.request.TorrentListQuery.of(
                        io.pyrotorrent.domain.model.ViewName.MAIN,
                        List.of(io.pyrotorrent.domain.model.field.TorrentFields.NAME)),
                new Command.Start(a.hash())));

        requests.sendAll(alice, Map.of(BOX, reads));
        assertThat(log.find(AuditQuery.latest(10))).isEmpty();

        requests.sendAll(alice, Map.of(BOX, mixed, OTHER, mixed));

        var entries = log.find(AuditQuery.latest(10));
        assertThat(entries)
                .filteredOn(e -> e.target().equals(BOX))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("Start");
                    assertThat(e.result()).isEqualTo("ok");
                });
        assertThat(entries)
                .filteredOn(e -> e.target().equals(OTHER))
                .singleElement()
                .satisfies(e -> assertThat(e.result()).startsWith("failed: "));
    }

    @Test
    void readers_seeTheirOwnTargets_adminsEverything() {
        log.record(new AuditEntry(clock.instant(), "bob", BOX, "Stop", List.of(), "ok"));
        log.record(new AuditEntry(clock.instant(), "root", OTHER, "Stop", List.of(), "ok"));
        var audit = new AuditService(log, p -> p.name().equals("root"), Duration.ofDays(90), clock);
        var root = new Principal("root", false, Set.of());

        assertThat(audit.read(alice, AuditQuery.latest(10)))
                .extracting(AuditEntry::target)
                .containsExactly(BOX);
        assertThat(audit.read(alice, AuditQuery.latest(10).withTargets(Set.of(OTHER))))
                .isEmpty();
        assertThat(audit.read(new Principal("nobody", false, Set.of()), AuditQuery.latest(10)))
                .isEmpty();
        assertThat(audit.read(root, AuditQuery.latest(10))).hasSize(2);
    }

    @Test
    void pruning_dropsEntriesPastTheRetention() {
        log.record(new AuditEntry(clock.instant(), "bob", BOX, "Stop", List.of(), "ok"));
        clock.advance(Duration.ofDays(91));
        log.record(new AuditEntry(clock.instant(), "bob", BOX, "Start", List.of(), "ok"));
        var audit = new AuditService(log, p -> true, Duration.ofDays(90), clock);

        assertThat(audit.prune()).isEqualTo(1);
        assertThat(log.find(AuditQuery.latest(10)))
                .extracting(AuditEntry::action)
                .containsExactly("Start");
    }
}
