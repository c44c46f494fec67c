package io.pyrotorrent.adapter.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.port.out.LoginEvents;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import io.pyrotorrent.domain.rates.RateHistory;
import io.pyrotorrent.domain.rates.RateSampler;
import io.pyrotorrent.domain.rates.RateService;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuditService;
import io.pyrotorrent.domain.service.AuditedControl;
import io.pyrotorrent.domain.service.AuthService;
import io.pyrotorrent.domain.service.DetailsService;
import io.pyrotorrent.domain.service.DownloadService;
import io.pyrotorrent.domain.service.OverviewService;
import io.pyrotorrent.domain.service.SessionService;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.TorrentService;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The web UI on a free port, wired to the domain's services over two fake rTorrents, "seedbox"
 * and "nas" (in that order). Optional: a context path, a storage mapping for seedbox, a fetcher.
 */
public final class RunningWebUi implements AutoCloseable {

    static final TorrentFileFetcher NO_FETCHER = url -> {
        throw new TorrentFileFetcher.FetchRefusedException("fetching is off in this test");
    };

    public final InMemoryTorrentClient seedbox = new InMemoryTorrentClient();
    public final InMemoryTorrentClient nas = new InMemoryTorrentClient();
    /**
     * Set: the seedbox answers a request that accepts kept rows as a mirror resting after an idle
     * spell would, marked as read at this time.
     */
    public volatile java.util.Optional<java.time.Instant> seedboxKeptFrom = java.util.Optional.empty();

    private final ExecutorService executor = Executors.newCachedThreadPool();
    /** The live stream's polls (these fakes have no mirror, so the watch polls them itself). */
    private final java.util.concurrent.ScheduledExecutorService watchPolls = Executors.newScheduledThreadPool(1);

    private final Javalin server;
    private final String contextPath;
    private final DetailsService details;
    /** Moved by hand in tests of idle sessions and login waits. */
    public final TestClock clock = new TestClock();
    /** The speed graphs' history; tests record samples or tick the sampler by hand. */
    public final RateHistory rateHistory = RateHistory.tenMinutes();

    public final RateSampler rateSampler;

    /**
     * What every mapped directory's file system says (low below 5% free); nothing is visible until
     * a test sets it. Measurements are kept 5 s: move {@link #clock} on to see a change.
     */
    public volatile java.util.Optional<io.pyrotorrent.domain.model.disk.DiskUsage> disk = java.util.Optional.empty();

    public final SessionService sessions = new SessionService(java.time.Duration.ofMinutes(30), clock);
    /** Where the UI's commands are audited; the user named "admin" reads every entry. */
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    /** Watch folders' disk: only /srv/watch exists. */
    public final io.pyrotorrent.domain.fake.InMemoryDroppedFiles droppedFiles =
            new io.pyrotorrent.domain.fake.InMemoryDroppedFiles().directory("/srv/watch");
    /** Scanned by hand in tests: nothing polls. */
    public io.pyrotorrent.domain.automation.watchdir.WatchFolders watchFolders;

    final AuthService auth;

    /** Feeds: kept in memory, read from {@link #feedItems}; a URL with "broken" in it is unreadable. */
    public final io.pyrotorrent.domain.fake.InMemoryFeedStore feedStore =
            new io.pyrotorrent.domain.fake.InMemoryFeedStore();

    public volatile List<io.pyrotorrent.domain.model.rss.FeedItem> feedItems = List.of();

    private io.pyrotorrent.domain.port.in.ManageFeeds feeds(Targets targets, TorrentFileFetcher fetcher) {
        io.pyrotorrent.domain.port.out.FeedReader reader = url -> {
            if (url.toString().contains("broken")) {
                throw new io.pyrotorrent.domain.model.rss.FeedReadException("malformed XML at line 1");
            }
            return feedItems;
        };
        var check = new io.pyrotorrent.domain.rss.FeedCheck(
                feedStore, reader, new AddService(targets, fetcher), clock, io.pyrotorrent.domain.rss.Checkpoints.NONE);
        return new io.pyrotorrent.domain.rss.FeedService(feedStore, reader, check, targets.names(), audit, clock);
    }

    private RunningWebUi(String contextPath, Map<TargetName, StorageMapping> storage, TorrentFileFetcher fetcher) {
        this(contextPath, storage, fetcher, List.of(), WebOptions.DEFAULT);
    }

    private RunningWebUi(
            String contextPath,
            Map<TargetName, StorageMapping> storage,
            TorrentFileFetcher fetcher,
            List<UserAccount> users,
            WebOptions options) {
        this.contextPath = contextPath;
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(TargetName.of("seedbox"), request -> {
            var answer = seedbox.send(request);
            var kept = seedboxKeptFrom;
            return request.acceptsKept() && kept.isPresent()
                    ? new io.pyrotorrent.domain.model.request.Snapshot(answer.outcomes(), kept)
                    : answer;
        });
        clients.put(TargetName.of("nas"), nas);
        var targets = new Targets(clients);
        var torrents = new TorrentService(targets);
        details = new DetailsService(targets);
        auth = new AuthService(
                users,
                (password, hash) -> hash.equals("plain:" + new String(password)),
                "decoy",
                LoginEvents.NONE,
                clock);
        rateSampler = new RateSampler(targets, rateHistory, clock, Runnable::run);
        var jobs = new io.pyrotorrent.domain.job.Jobs();
        var ports = WebPorts.builder()
                .overview(new OverviewService(targets, executor))
                .torrent(new DetailsService(targets))
                .list(torrents)
                .control(new AuditedControl(torrents, audit, clock))
                .add(new AddService(targets, fetcher))
                .downloads(new DownloadService(targets, storage))
                .authenticate(auth)
                .sessions(sessions)
                .audit(new AuditService(
                        audit, caller -> caller.name().equals("admin"), java.time.Duration.ofDays(90), clock))
                .removeData(new io.pyrotorrent.domain.service.RemovalService(targets, storage, Runnable::run))
                .watch(new io.pyrotorrent.domain.service.WatchService(
                        targets, watchPolls, java.time.Duration.ofMillis(50)))
                .rates(new RateService(new Access(targets), rateHistory, rateSampler, clock))
                .moveData(new io.pyrotorrent.domain.move.MoveService(targets, storage, jobs, Runnable::run))
                .createTorrents(
                        new io.pyrotorrent.domain.create.CreateService(targets, storage, jobs, Runnable::run, clock))
                .followJobs(new io.pyrotorrent.domain.job.JobService(jobs))
                .settings(new io.pyrotorrent.domain.settings.AuditedSettings(
                        new io.pyrotorrent.domain.settings.SettingsService(
                                targets, io.pyrotorrent.domain.port.out.SettingsKeeper.NONE),
                        audit,
                        clock))
                .feeds(feeds(targets, fetcher))
                .renameLabels(new io.pyrotorrent.domain.service.LabelRenameService(
                        torrents, new AuditedControl(torrents, audit, clock)))
                .magnets(new io.pyrotorrent.domain.magnet.MagnetService(targets))
                .throttles(new io.pyrotorrent.domain.service.ThrottleService(
                        targets,
                        new AuditedControl(torrents, audit, clock),
                        io.pyrotorrent.domain.port.out.ThrottleKeeper.NONE))
                .seedingRules(io.pyrotorrent.domain.automation.seeding.SeedingAutomation.of(
                        new io.pyrotorrent.domain.fake.InMemorySeedingRules(),
                        torrents,
                        details,
                        torrents,
                        new io.pyrotorrent.domain.service.RemovalService(targets, storage, Runnable::run),
                        audit,
                        clock,
                        acted -> {},
                        () -> {}))
                .schedule(new io.pyrotorrent.domain.automation.schedule.Schedules(
                        new io.pyrotorrent.domain.fake.InMemorySchedules(), torrents, audit, clock, targets::names))
                .disk(new io.pyrotorrent.domain.disk.DiskSpaceService(
                        targets,
                        storage,
                        dir -> disk,
                        io.pyrotorrent.domain.model.disk.LowSpaceWarning.DEFAULT,
                        Runnable::run,
                        clock))
                .watchFolders(
                        watchFolders = new io.pyrotorrent.domain.automation.watchdir.WatchFolders(
                                new io.pyrotorrent.domain.fake.InMemoryWatchFolders(),
                                droppedFiles,
                                targets,
                                new AddService(targets, fetcher),
                                clock,
                                io.pyrotorrent.domain.rss.Checkpoints.NONE,
                                added -> {}))
                .webhooks(new io.pyrotorrent.domain.automation.webhook.Webhooks(
                        new io.pyrotorrent.domain.fake.InMemoryWebhooks(),
                        new io.pyrotorrent.domain.port.out.WebhookSender() {
                            @Override
                            public java.util.Optional<String> refusal(java.net.URI url) {
                                return java.util.Optional.empty();
                            }

                            @Override
                            public void send(java.net.URI url, io.pyrotorrent.domain.model.webhook.WebhookMessage m) {
                                if (url.getHost().equals("down.test")) {
                                    throw new Failed("could not reach down.test: Connection refused");
                                }
                            }
                        },
                        Runnable::run,
                        pause -> {},
                        dropped -> {},
                        new io.pyrotorrent.domain.service.WatchService(
                                targets, watchPolls, java.time.Duration.ofMillis(50)),
                        clock,
                        targets::names))
                .build();
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.router.contextPath = contextPath;
                    WebUi.register(config, ports, options);
                    registerErrors(config);
                })
                .start("127.0.0.1", 0);
    }

    /** What the app's server does for every path outside the API: the UI's error pages. */
    static void registerErrors(JavalinConfig config) {
        var errors = WebUi.errors();
        config.routes.exception(HttpResponseException.class, errors::exception);
        config.routes.exception(Exception.class, errors::exception);
        config.routes.error(404, "*", errors::status);
    }

    public static RunningWebUi start() {
        return new RunningWebUi("/", Map.of(), NO_FETCHER);
    }

    static RunningWebUi under(String contextPath) {
        return new RunningWebUi(contextPath, Map.of(), NO_FETCHER);
    }

    /** seedbox's paths starting with "/" are read below {@code root} (the fake keeps data in /downloads). */
    public static RunningWebUi withStorage(Path root) {
        return new RunningWebUi("/", Map.of(TargetName.of("seedbox"), new StorageMapping("/", root)), NO_FETCHER);
    }

    public static RunningWebUi withFetcher(TorrentFileFetcher fetcher) {
        return new RunningWebUi("/", Map.of(), fetcher);
    }

    /** Users who must log in; each "name" has the password "secret-name" and the given targets ("*": all). */
    public static RunningWebUi withUsers(WebOptions options, UserAccount... users) {
        return new RunningWebUi("/", Map.of(), NO_FETCHER, List.of(users), options);
    }

    public static UserAccount user(String name, String... targets) {
        boolean all = List.of(targets).contains("*");
        return new UserAccount(
                new Principal(
                        name,
                        all,
                        all
                                ? Set.of()
                                : java.util.Arrays.stream(targets)
                                        .map(TargetName::of)
                                        .collect(java.util.stream.Collectors.toSet())),
                "plain:secret-" + name);
    }

    /** A new visitor with an empty cookie jar. */
    public Browser browser() {
        String path = contextPath.endsWith("/") ? contextPath : contextPath + "/";
        return new Browser("http://127.0.0.1:" + server.port() + path);
    }

    /** A torrent as seedbox has it now, every field: what a test checks after an action. */
    public Row onSeedbox(InfoHash hash) {
        return details.details(Principal.LOCAL, TargetName.of("seedbox"), hash).torrent();
    }

    public String stateOnSeedbox(InfoHash hash) {
        return TorrentState.of(onSeedbox(hash)).label();
    }

    public boolean seedboxHas(InfoHash hash) {
        try {
            onSeedbox(hash);
            return true;
        } catch (UnknownTorrentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop();
        executor.shutdownNow();
        watchPolls.shutdownNow();
    }
}
