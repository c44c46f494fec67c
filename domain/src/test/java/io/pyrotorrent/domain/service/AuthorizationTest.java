package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.automation.watchdir.WatchFolders;
import io.pyrotorrent.domain.automation.webhook.Webhooks;
import io.pyrotorrent.domain.create.CreateService;
import io.pyrotorrent.domain.disk.DiskSpaceService;
import io.pyrotorrent.domain.fake.InMemoryDroppedFiles;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.InMemoryWatchFolders;
import io.pyrotorrent.domain.fake.InMemoryWebhooks;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.model.disk.LowSpaceWarning;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.health.TargetHealth;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.TrackerDomain;
import io.pyrotorrent.domain.model.overview.TargetSection;
import io.pyrotorrent.domain.model.overview.TargetStatus;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.move.MoveService;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.WebhookSender;
import io.pyrotorrent.domain.rss.Checkpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every use case enforces who may use which target, not the pages: a target the caller may not
 * use fails exactly like one that does not exist, and is never asked anything.
 */
class AuthorizationTest {

    private static final TargetName MINE = TargetName.of("mine");
    private static final TargetName THEIRS = TargetName.of("theirs");
    private static final TargetName NOWHERE = TargetName.of("nowhere");

    private final InMemoryTorrentClient mine = new InMemoryTorrentClient();
    private final InMemoryTorrentClient theirs = new InMemoryTorrentClient();
    private final Principal alice = new Principal("alice", false, Set.of(MINE));
    private final Targets targets = targets();
    private final InfoHash hash = TestTorrent.unique("secret").hash();
    private final InMemoryWatchFolders watchStore = new InMemoryWatchFolders();
    private final InMemoryWebhooks webhookStore = new InMemoryWebhooks();

    private Targets targets() {
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(MINE, mine);
        clients.put(THEIRS, theirs);
        return new Targets(clients);
    }

    @Test
    @DisplayName("every use case answers another user's target exactly as a target that does not exist")
    void anotherUsersTarget_looksLikeNoTargetAtAll_inEveryUseCase() {
        var torrents = new TorrentService(targets);
        var downloads = new DownloadService(targets, Map.of(THEIRS, new StorageMapping("/", Path.of("/"))));
        var removal = new RemovalService(targets, Map.of(THEIRS, new StorageMapping("/", Path.of("/"))), Runnable::run);
        var disk = diskSpace();
        List<java.util.function.Function<TargetName, ThrowingCallable>> useCases = List.of(
                t -> () -> torrents.list(alice, t, ViewName.MAIN, List.of(TorrentFields.NAME)),
                t -> () -> torrents.slice(alice, t, Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME))),
                // The sidebar's tracker filter and counts: no way to learn another user's trackers.
                t -> () -> torrents.slice(
                        alice,
                        t,
                        Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME))
                                .withFacets(true)
                                .withTracker(Optional.of(TrackerDomain.of("example.org")))),
                t -> () -> torrents.names(alice, t, List.of()),
                t -> () -> torrents.run(alice, t, List.of()),
                t -> () -> torrents.run(alice, t, List.of(new Command.Stop(hash))),
                t -> () -> torrents.runNamed(alice, t, List.of(new Command.Stop(hash))),
                t -> () -> new DetailsService(targets).details(alice, t, hash),
                t -> () -> new LabelRenameService(torrents, torrents)
                        .rename(
                                alice,
                                t,
                                io.pyrotorrent.domain.model.Label.of("a"),
                                io.pyrotorrent.domain.model.Label.of("b")),
                t -> () -> new io.pyrotorrent.domain.magnet.MagnetService(targets).magnets(alice, t, List.of(hash)),
                t -> () -> new ThrottleService(targets, torrents, io.pyrotorrent.domain.port.out.ThrottleKeeper.NONE)
                        .groups(alice, t),
                t -> () -> new ThrottleService(targets, torrents, io.pyrotorrent.domain.port.out.ThrottleKeeper.NONE)
                        .define(
                                alice,
                                t,
                                new io.pyrotorrent.domain.model.throttle.ThrottleGroup(
                                        io.pyrotorrent.domain.model.throttle.ThrottleName.of("g"), 1, 1)),
                t -> () -> new ThrottleService(targets, torrents, io.pyrotorrent.domain.port.out.ThrottleKeeper.NONE)
                        .assign(alice, t, List.of(hash), java.util.Optional.empty()),
                t -> () -> new AddService(targets, uri -> new byte[0])
                        .add(
                                alice,
                                t,
                                List.of(new NamedSource(
                                        "m", new TorrentSource.Magnet("magnet:?xt=urn:btih:" + hash.hex()))),
                                AddOptions.started()),
                t -> () -> downloads.payload(alice, t, hash, 0),
                t -> () -> downloads.torrentFile(alice, t, hash),
                t -> () -> removal.preview(alice, t, hash),
                t -> () -> removal.remove(alice, t, hash),
                t -> () -> removal.startRemoval(alice, t, List.of(hash)),
                t -> () -> disk.diskSpace(alice, t),
                t -> () -> new MoveService(
                                targets,
                                Map.of(THEIRS, new StorageMapping("/", Path.of("/"))),
                                new Jobs(),
                                Runnable::run)
                        .startMove(alice, t, List.of(hash), DownloadDirectory.of("/x"), false),
                t -> () -> new CreateService(
                                targets,
                                Map.of(THEIRS, new StorageMapping("/", Path.of("/"))),
                                new Jobs(),
                                Runnable::run,
                                Clock.systemUTC())
                        .startCreate(alice, t, new NewTorrent("/etc", List.of(), false, "", OptionalInt.empty(), true)),
                t -> () -> new WatchService(
                                targets, Executors.newSingleThreadScheduledExecutor(), Duration.ofSeconds(1))
                        .watch(alice, t, ViewName.MAIN, List.of(TorrentFields.NAME), e -> {}),
                t -> () -> watchFolders().folder(alice, t),
                t -> () ->
                        watchFolders().save(alice, new WatchFolder(t, "/w", Label.NONE, Optional.empty(), true, true)),
                t -> () -> watchFolders().delete(alice, t),
                t -> () -> webhooks()
                        .save(
                                alice,
                                new Webhook(
                                        0, t, java.net.URI.create("https://h.example/"), Set.of(WebhookEvent.ADDED))),
                t -> () -> {
                    var request = new Request(List.of(TorrentListQuery.of(ViewName.MAIN, List.of(TorrentFields.NAME))));
                    if (new RequestService(targets, Runnable::run)
                                    .sendAll(alice, Map.of(t, request))
                                    .get(t)
                            instanceof TargetAnswer.Failed failed) {
                        throw failed.failure();
                    }
                });

        for (var useCase : useCases) {
            String unknown = messageOf(useCase.apply(NOWHERE)).replace("nowhere", "X");
            String forbidden = messageOf(useCase.apply(THEIRS)).replace("theirs", "X");
            assertThat(forbidden).isEqualTo(unknown);
        }
        assertThat(theirs.roundTrips()).isZero();
    }

    @Test
    void listsOfTargets_showOnlyTheCallersOwn() {
        var overview = new OverviewService(targets, Executors.newCachedThreadPool())
                .overview(alice, Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)));
        var health = new HealthService(targets, Runnable::run, Clock.systemUTC()).health(alice);

        assertThat(overview.sections()).extracting(TargetSection::target).containsExactly(MINE);
        assertThat(health).extracting(TargetHealth::target).containsExactly(MINE);
        assertThat(diskSpace().diskSpace(alice)).extracting(TargetDisk::target).containsExactly(MINE);
        assertThat(new RequestService(targets, Runnable::run).targets(alice)).containsExactly(MINE);
        assertThat(new TargetStatusService(targets, Runnable::run).statuses(alice, List.of(ClientFields.HOSTNAME)))
                .extracting(TargetStatus::target)
                .containsExactly(MINE);
        assertThat(new RequestService(targets, Runnable::run).targets(Principal.ANONYMOUS))
                .isEmpty();
        assertThat(new RequestService(targets, Runnable::run).targets(Principal.LOCAL))
                .containsExactly(MINE, THEIRS);
        var folders = watchFolders();
        folders.save(Principal.LOCAL, new WatchFolder(THEIRS, "/w", Label.NONE, Optional.empty(), true, true));
        folders.save(Principal.LOCAL, new WatchFolder(MINE, "/w", Label.NONE, Optional.empty(), true, true));
        assertThat(folders.folders(alice)).extracting(v -> v.folder().target()).containsExactly(MINE);
        assertThat(folders.targets(alice)).containsExactly(MINE);
        var hooks = webhooks();
        var url = java.net.URI.create("https://h.example/");
        long theirHook = hooks.save(Principal.LOCAL, new Webhook(0, THEIRS, url, Set.of(WebhookEvent.ADDED)))
                .hook()
                .id();
        hooks.save(Principal.LOCAL, new Webhook(0, MINE, url, Set.of(WebhookEvent.ADDED)));
        assertThat(hooks.hooks(alice)).extracting(v -> v.hook().target()).containsExactly(MINE);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> hooks.test(alice, theirHook)))
                .isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessage("no webhook " + theirHook);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> hooks.delete(alice, theirHook)))
                .hasMessage("no webhook " + theirHook);
        assertThat(theirs.roundTrips()).isZero();
    }

    private Webhooks webhooks() {
        return new Webhooks(
                webhookStore,
                new WebhookSender() {
                    @Override
                    public Optional<String> refusal(java.net.URI url) {
                        return Optional.empty();
                    }

                    @Override
                    public void send(java.net.URI url, io.pyrotorrent.domain.model.webhook.WebhookMessage message) {}
                },
                Runnable::run,
                pause -> {},
                dropped -> {},
                new WatchService(targets, Executors.newSingleThreadScheduledExecutor(), Duration.ofSeconds(1)),
                Clock.systemUTC(),
                targets::names);
    }

    private WatchFolders watchFolders() {
        return new WatchFolders(
                watchStore,
                new InMemoryDroppedFiles().directory("/w"),
                targets,
                new AddService(targets, uri -> new byte[0]),
                Clock.systemUTC(),
                Checkpoints.NONE,
                added -> {});
    }

    @Test
    void theCallersOwnTarget_works() {
        mine.put(TestTorrent.unique("ubuntu").metainfo(), false);

        var rows = new TorrentService(targets).list(alice, MINE, ViewName.MAIN, List.of(TorrentFields.NAME));

        assertThat(rows).hasSize(1);
    }

    /** Both targets mapped and on a disk, so only the access check can tell them apart. */
    private DiskSpaceService diskSpace() {
        var mapping = new StorageMapping("/", Path.of("/"));
        return new DiskSpaceService(
                targets,
                Map.of(MINE, mapping, THEIRS, mapping),
                dir -> Optional.of(new DiskUsage(1, 2)),
                LowSpaceWarning.DEFAULT,
                Runnable::run,
                Clock.systemUTC());
    }

    private static String messageOf(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(UnknownTargetException.class);
        return thrown.getMessage();
    }
}
