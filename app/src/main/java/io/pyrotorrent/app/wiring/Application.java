package io.pyrotorrent.app.wiring;

import io.pyrotorrent.adapter.api.Api;
import io.pyrotorrent.adapter.api.ApiPorts;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.store.Store;
import io.pyrotorrent.adapter.web.WebOptions;
import io.pyrotorrent.adapter.web.WebPorts;
import io.pyrotorrent.adapter.web.WebUi;
import io.pyrotorrent.app.automation.WebhookRuns;
import io.pyrotorrent.app.config.PyrotorrentConfig;
import io.pyrotorrent.app.config.TargetConfig;
import io.pyrotorrent.app.config.UserConfig;
import io.pyrotorrent.app.managed.ManagedRtorrent;
import io.pyrotorrent.app.managed.ManagedSettingsFile;
import io.pyrotorrent.app.managed.ManagedThrottlesFile;
import io.pyrotorrent.app.metrics.Metrics;
import io.pyrotorrent.app.rss.FeedAutomation;
import io.pyrotorrent.app.rss.Feeds;
import io.pyrotorrent.app.server.ErrorOwner;
import io.pyrotorrent.app.server.ErrorPipeline;
import io.pyrotorrent.app.server.HttpServer;
import io.pyrotorrent.app.server.MetricsGate;
import io.pyrotorrent.app.server.ProxyHeaders;
import io.pyrotorrent.domain.mirror.ChangeCounting;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.CoalescingTorrentClient;
import io.pyrotorrent.domain.service.Targets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: everything built with {@code new}, from one config. {@link #serve} also
 * starts managed rTorrent instances and the HTTP server; {@link #client} only connects (a CLI
 * command talks to a managed instance that a running server started).
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    /** A read may be answered from one this recent; commands always go through. */
    static final Duration COALESCE_MAX_AGE = Duration.ofMillis(500);

    private final Metrics metrics = new Metrics();
    private final Services services;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    /** Its own thread: a rule removing data for a minute must not hold up live pages' polls. */
    private final ScheduledExecutorService automation =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("automation-"));

    /** Its own thread too: a dropped file is added within seconds, whatever the rules are doing. */
    private final ScheduledExecutorService watchFolders =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("watch-folder-"));

    /** Deliveries on a thread and a bounded queue of their own; see {@link WebhookRuns}. */
    private final WebhookRuns webhookRuns = new WebhookRuns();

    private final Mirrors mirrors;
    private final List<ManagedRtorrent> managed;
    private final Store store;
    private final Feeds feeds;
    private ScheduledExecutorService feedScheduler;
    private HttpServer server;

    private Application(PyrotorrentConfig config, boolean startManaged) {
        this.managed = new ArrayList<>();
        this.executor = RtorrentCallPool.create(config.targets().size(), daemonThreads("rtorrent-call-"));
        this.scheduler = Executors.newScheduledThreadPool(1, daemonThreads("watch-poll-"));
        this.mirrors = new Mirrors(config.targets().size(), daemonThreads("mirror-poll-"));
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        this.store = Store.open(config.store().dataDir());
        try {
            for (TargetConfig target : config.targets()) {
                URI url = target.url().orElseGet(() -> managedUrl(target, startManaged));
                String name = target.name().value();
                var rtorrent =
                        RtorrentClient.connect(url, target.transportSettings(), metrics.rtorrent(name), target.rpc());
                var polls = target.mirror()
                        ? RtorrentClient.connect(url, target.transportSettings(), metrics.mirror(name), target.rpc())
                        : rtorrent;
                // The mirror's client reads the version every poll, so it is the first to see a restart as
                // another version (RtorrentClient asks again what it speaks when the version changes).
                metrics.speaks(name, () -> speaks(polls).or(() -> speaks(rtorrent)));
                TorrentClient reads = rtorrent;
                if (target.mirror()) {
                    var mirrored = mirrors.mirrored(
                            target.name(),
                            rtorrent,
                            polls,
                            target.changeCount() ? ChangeCounting.ON : ChangeCounting.OFF);
                    metrics.mirrorReads(name, mirrors.byTarget().get(target.name())::reads);
                    metrics.mirrorRowsByHash(name, mirrors.byTarget().get(target.name())::rowsReadByHash);
                    metrics.mirrorResting(name, mirrors.byTarget().get(target.name())::resting);
                    metrics.mirrorServed(name, mirrored.served());
                    reads = mirrored;
                }
                var coalescing = new CoalescingTorrentClient(reads, COALESCE_MAX_AGE);
                metrics.coalescing(name, coalescing::hits);
                clients.put(target.name(), coalescing);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        var targets = new Targets(clients, mirrors.byTarget());
        this.feeds = new Feeds(
                config.rss().allowPrivate(), targets, store.feeds(), store.audit(), Clock.systemUTC(), webhookRuns);
        var managedDirs = new LinkedHashMap<TargetName, java.nio.file.Path>();
        config.targets().forEach(target -> target.managed().ifPresent(m -> managedDirs.put(target.name(), m.dir())));
        this.services = Services.of(
                config,
                targets,
                executor,
                scheduler,
                store,
                new ManagedSettingsFile(managedDirs, RtorrentClient::rcLine),
                new ManagedThrottlesFile(managedDirs),
                feeds,
                webhookRuns);
        // /metrics cuts each caller's view down to their targets afterwards (TargetSeries).
        metrics.disks(() -> services.showDiskSpace().diskSpace(Principal.LOCAL));
    }

    private static Optional<Metrics.Speaks> speaks(RtorrentClient client) {
        return client.rpc().flatMap(rpc -> client.rtorrentVersion().map(version -> new Metrics.Speaks(rpc, version)));
    }

    /** Connects to every target without starting anything: for CLI commands. */
    public static Application client(PyrotorrentConfig config) {
        return new Application(config, false);
    }

    /** Starts managed instances, then the HTTP server; fails whole, stopping what it started. */
    public static Application serve(PyrotorrentConfig config) {
        Exposure.check(config);
        var app = new Application(config, true);
        try {
            var server = config.server();
            app.server = HttpServer.start(server.host(), server.port(), server.basePath(), app.metrics, routes -> {
                Services s = app.services;
                if (server.behindProxy()) {
                    ProxyHeaders.trust(routes);
                }
                routes.routes.before("/metrics", new MetricsGate(s.authenticate(), admins(config))::check);
                ErrorPipeline.register(routes, errorOwners(config));
                WebUi.register(routes, webPorts(s), new WebOptions(server.secureCookies()));
                Api.register(routes, apiPorts(s), config.api().enabled());
            });
            // Its own thread: a round of slow feeds must never hold up the live pages' polls.
            app.feedScheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("rss-"));
            FeedAutomation.start(app.feeds, app.feedScheduler);
            app.services.automation().start(app.automation);
            app.services.watchFolderPolls().start(app.watchFolders);
            app.webhookRuns.start();
            LOG.info("pyroTorrent serves http://{}:{}{}", server.host(), app.server.port(), server.basePath());
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** The use cases, by inbound port: what a CLI command may call. */
    public Services services() {
        return services;
    }

    /** The users whose /metrics show every target. */
    private static Set<String> admins(PyrotorrentConfig config) {
        return config.users().stream()
                .filter(UserConfig::admin)
                .map(UserConfig::name)
                .collect(Collectors.toSet());
    }

    /** The API answers failures on its paths in JSON; the UI every other path, with its pages. */
    private static List<ErrorOwner> errorOwners(PyrotorrentConfig config) {
        var api = Api.errors(config.api().enabled());
        var pages = WebUi.errors();
        return List.of(
                new ErrorOwner(api::owns, api::exception, api::status),
                ErrorOwner.ofTheRest(pages::exception, pages::status));
    }

    public Optional<Integer> port() {
        return Optional.ofNullable(server).map(HttpServer::port);
    }

    private static WebPorts webPorts(Services s) {
        return WebPorts.builder()
                .overview(s.showOverview())
                .torrent(s.showTorrent())
                .list(s.listTorrents())
                .control(s.controlTorrents())
                .add(s.addTorrents())
                .downloads(s.downloadFiles())
                .authenticate(s.authenticate())
                .sessions(s.keepSessions())
                .audit(s.readAudit())
                .removeData(s.removeData())
                .watch(s.watchTorrents())
                .rates(s.showRates())
                .moveData(s.moveData())
                .createTorrents(s.createTorrents())
                .followJobs(s.followJobs())
                .settings(s.manageSettings())
                .feeds(s.manageFeeds())
                .renameLabels(s.renameLabels())
                .magnets(s.copyMagnets())
                .throttles(s.manageThrottles())
                .seedingRules(s.seedingRules())
                .schedule(s.schedule())
                .disk(s.showDiskSpace())
                .watchFolders(s.watchFolders())
                .webhooks(s.webhooks())
                .build();
    }

    private static ApiPorts apiPorts(Services s) {
        return ApiPorts.builder()
                .requests(s.sendRequests())
                .listTargets(s.listTargets())
                .listTorrents(s.listTorrents())
                .showTorrent(s.showTorrent())
                .controlTorrents(s.controlTorrents())
                .addTorrents(s.addTorrents())
                .checkHealth(s.checkHealth())
                .watchTorrents(s.watchTorrents())
                .authenticate(s.authenticate())
                .sessions(s.keepSessions())
                .readAudit(s.readAudit())
                .removeData(s.removeData())
                .moveData(s.moveData())
                .createTorrents(s.createTorrents())
                .followJobs(s.followJobs())
                .manageSettings(s.manageSettings())
                .copyMagnets(s.copyMagnets())
                .manageFeeds(s.manageFeeds())
                .renameLabels(s.renameLabels())
                .manageThrottles(s.manageThrottles())
                .seedingRules(s.seedingRules())
                .schedule(s.schedule())
                .diskSpace(s.showDiskSpace())
                .watchFolders(s.watchFolders())
                .webhooks(s.webhooks())
                .build();
    }

    private URI managedUrl(TargetConfig target, boolean start) {
        var config = target.managed().orElseThrow();
        var instance = new ManagedRtorrent(
                config.dir(), config.portRange(), config.dht(), target.name().value());
        if (!start) {
            return instance.url();
        }
        managed.add(instance);
        instance.start();
        return instance.url();
    }

    /** Stops the server (in-flight requests finish), then managed rTorrent, then the pool. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        managed.forEach(ManagedRtorrent::close);
        executor.shutdownNow();
        scheduler.shutdownNow();
        if (feedScheduler != null) {
            feedScheduler.shutdownNow();
        }
        automation.shutdownNow();
        watchFolders.shutdownNow();
        webhookRuns.stop();
        mirrors.close();
        if (store != null) {
            store.close();
        }
    }

    /** The store, for the CLI's backup command. */
    public Store store() {
        return store;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
