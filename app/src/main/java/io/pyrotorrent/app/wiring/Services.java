package io.pyrotorrent.app.wiring;

import io.pyrotorrent.adapter.store.Store;
import io.pyrotorrent.app.automation.AutomationRuns;
import io.pyrotorrent.app.automation.WatchFolderPolls;
import io.pyrotorrent.app.automation.WebhookRuns;
import io.pyrotorrent.app.config.PyrotorrentConfig;
import io.pyrotorrent.app.config.TargetConfig;
import io.pyrotorrent.app.config.UserConfig;
import io.pyrotorrent.app.disk.FileStoreDiskSpace;
import io.pyrotorrent.app.fetch.AddressPolicy;
import io.pyrotorrent.app.fetch.HttpWebhookSender;
import io.pyrotorrent.app.fetch.SafeTorrentFetcher;
import io.pyrotorrent.app.rss.Feeds;
import io.pyrotorrent.app.security.LoginLog;
import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.app.watchdir.LocalDroppedFiles;
import io.pyrotorrent.domain.automation.schedule.Schedules;
import io.pyrotorrent.domain.automation.seeding.SeedingAutomation;
import io.pyrotorrent.domain.automation.watchdir.WatchFolders;
import io.pyrotorrent.domain.create.AuditedCreate;
import io.pyrotorrent.domain.create.CreateService;
import io.pyrotorrent.domain.disk.DiskSpaceService;
import io.pyrotorrent.domain.job.JobService;
import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.magnet.MagnetService;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.move.AuditedMove;
import io.pyrotorrent.domain.move.MoveService;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.CheckHealth;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.CopyMagnets;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import io.pyrotorrent.domain.port.in.FollowJobs;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.in.ListTargets;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import io.pyrotorrent.domain.port.in.ManageSchedule;
import io.pyrotorrent.domain.port.in.ManageSeedingRules;
import io.pyrotorrent.domain.port.in.ManageSettings;
import io.pyrotorrent.domain.port.in.ManageThrottles;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import io.pyrotorrent.domain.port.in.ManageWebhooks;
import io.pyrotorrent.domain.port.in.MoveData;
import io.pyrotorrent.domain.port.in.ReadAudit;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.in.RenameLabels;
import io.pyrotorrent.domain.port.in.SendRequests;
import io.pyrotorrent.domain.port.in.ShowDiskSpace;
import io.pyrotorrent.domain.port.in.ShowOverview;
import io.pyrotorrent.domain.port.in.ShowRates;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import io.pyrotorrent.domain.port.out.SettingsKeeper;
import io.pyrotorrent.domain.port.out.ThrottleKeeper;
import io.pyrotorrent.domain.rates.RateHistory;
import io.pyrotorrent.domain.rates.RateSampler;
import io.pyrotorrent.domain.rates.RateService;
import io.pyrotorrent.domain.rss.Checkpoints;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuditService;
import io.pyrotorrent.domain.service.AuditedAdd;
import io.pyrotorrent.domain.service.AuditedControl;
import io.pyrotorrent.domain.service.AuditedRemoval;
import io.pyrotorrent.domain.service.AuditedRequests;
import io.pyrotorrent.domain.service.AuthService;
import io.pyrotorrent.domain.service.DetailsService;
import io.pyrotorrent.domain.service.DownloadService;
import io.pyrotorrent.domain.service.HealthService;
import io.pyrotorrent.domain.service.LabelRenameService;
import io.pyrotorrent.domain.service.OverviewService;
import io.pyrotorrent.domain.service.RemovalService;
import io.pyrotorrent.domain.service.RequestService;
import io.pyrotorrent.domain.service.SessionService;
import io.pyrotorrent.domain.service.TargetStatusService;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.ThrottleService;
import io.pyrotorrent.domain.service.TorrentService;
import io.pyrotorrent.domain.service.WatchService;
import io.pyrotorrent.domain.settings.AuditedSettings;
import io.pyrotorrent.domain.settings.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every use case, typed by the inbound port it serves: adapters and the CLI see what they may
 * call, never a service class. Built with {@code new} from the targets and the config.
 */
public record Services(
        ShowOverview showOverview,
        ShowTorrent showTorrent,
        ListTorrents listTorrents,
        ControlTorrents controlTorrents,
        AddTorrents addTorrents,
        DownloadFiles downloadFiles,
        CheckHealth checkHealth,
        WatchTorrents watchTorrents,
        Authenticate authenticate,
        KeepSessions keepSessions,
        SendRequests sendRequests,
        ListTargets listTargets,
        ReadAudit readAudit,
        RemoveData removeData,
        ShowRates showRates,
        MoveData moveData,
        CreateTorrents createTorrents,
        FollowJobs followJobs,
        ManageSettings manageSettings,
        CopyMagnets copyMagnets,
        ManageFeeds manageFeeds,
        RenameLabels renameLabels,
        ManageThrottles manageThrottles,
        ManageSeedingRules seedingRules,
        ManageSchedule schedule,
        AutomationRuns automation,
        ShowDiskSpace showDiskSpace,
        ManageWatchFolders watchFolders,
        WatchFolderPolls watchFolderPolls,
        ManageWebhooks webhooks) {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);
    /** The test-only property naming the step at which a watch folder's scan halts the process. */
    public static final String WATCH_HALT_AT_PROPERTY = "pyrotorrent.test.watch.haltAt";

    static final Duration PRUNE_FIRST_AFTER = Duration.ofMinutes(1);
    /** Soon after start, once the mirrors had a first look at every target. */
    static final Duration AUTOMATION_FIRST_AFTER = Duration.ofSeconds(5);

    /** Live pages and event streams poll each watched view this often. */
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);
    /** Far above any .torrent rTorrent could take in one request (512 KiB by default). */
    static final long MAX_FETCHED_TORRENT = 8L * 1024 * 1024;
    /** One URL: headers, body and redirects together. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(15);
    /** All URLs of one request (the legacy API takes 100): well inside a proxy's 60 s read timeout. */
    static final Duration FETCHES_PER_REQUEST = Duration.ofSeconds(30);

    static Services of(
            PyrotorrentConfig config,
            Targets targets,
            ExecutorService executor,
            ScheduledExecutorService scheduler,
            Store store,
            SettingsKeeper settingsKeeper,
            ThrottleKeeper throttleKeeper,
            Feeds feeds,
            WebhookRuns webhookRuns) {
        var fetcher = new SafeTorrentFetcher(
                AddressPolicy.publicOnly(), MAX_FETCHED_TORRENT, FETCH_TIMEOUT, FETCHES_PER_REQUEST);
        var torrents = new TorrentService(targets);
        var clock = Clock.systemUTC();
        var watch = new WatchService(targets, scheduler, WATCH_INTERVAL);
        var webhooks = webhookRuns.webhooks(
                store.webhooks(),
                new HttpWebhookSender(AddressPolicy.publicAnd(config.rss().allowPrivate()), WebhookRuns.TIMEOUT),
                watch,
                clock,
                targets::names);
        var auth = auth(config);
        var admins = config.users().stream()
                .filter(UserConfig::admin)
                .map(UserConfig::name)
                .collect(Collectors.toSet());
        var audit =
                new AuditService(store.audit(), principal -> admins.contains(principal.name()), keep(config), clock);
        pruneDaily(audit, scheduler);
        var rates = rates(targets, executor, scheduler, clock);
        var jobs = new Jobs();
        var dataJobs = dataJobs();
        var removal = new RemovalService(targets, storage(config), executor);
        // Unaudited ports: each rule writes its own entry, naming the rule and the limit reached.
        var nudge = new AtomicReference<Runnable>(() -> {});
        var seeding = SeedingAutomation.of(
                store.seedingRules(),
                torrents,
                new DetailsService(targets),
                torrents,
                removal,
                store.audit(),
                clock,
                acted -> webhookRuns.accept(new WebhookMessage(
                        WebhookEvent.RULE_ACTED,
                        acted.rule().target(),
                        clock.instant(),
                        Optional.of(acted.match().hash()),
                        acted.match().name(),
                        acted.rule().action().word() + " by rule '"
                                + acted.rule().name() + "' (" + acted.match().reason() + "): " + acted.result())),
                () -> nudge.get().run());
        // The server's time zone: "22:00" in the grid is 22:00 where the seedbox is, as in ruTorrent.
        var schedules =
                new Schedules(store.schedules(), torrents, store.audit(), Clock.systemDefaultZone(), targets::names);
        var runs = new AutomationRuns(seeding, schedules, AUTOMATION_FIRST_AFTER);
        nudge.set(runs::nudge);
        var control = new AuditedControl(torrents, store.audit(), clock);
        var add = new AuditedAdd(new AddService(targets, fetcher), store.audit(), clock);
        // A watch folder makes the server read and move files in a directory: the admins' choice, or
        // (without users) the local caller's.
        var watchFolders = new WatchFolders(
                store.watchFolders(),
                new LocalDroppedFiles(),
                targets,
                add,
                clock,
                watchCheckpoints(),
                added -> {},
                caller -> admins.contains(caller.name()) || caller.equals(Principal.LOCAL));
        // Every port below has its own type, so the compiler catches a swap; TorrentService serves two.
        return new Services(
                new OverviewService(targets, executor),
                new DetailsService(targets),
                torrents,
                control,
                add,
                new DownloadService(targets, storage(config)),
                new HealthService(targets, executor, Clock.systemUTC()),
                watch,
                auth,
                new SessionService(config.server().sessionIdle(), clock, store.sessions(), accounts(config)),
                new AuditedRequests(new RequestService(targets, executor), store.audit(), clock),
                new TargetStatusService(targets, executor),
                audit,
                new AuditedRemoval(removal, store.audit(), clock),
                rates,
                new AuditedMove(new MoveService(targets, storage(config), jobs, dataJobs), store.audit(), clock),
                new AuditedCreate(
                        new CreateService(targets, storage(config), jobs, dataJobs, clock), store.audit(), clock),
                new JobService(jobs),
                new AuditedSettings(new SettingsService(targets, settingsKeeper), store.audit(), clock),
                new MagnetService(targets),
                feeds.manage(),
                new LabelRenameService(torrents, control),
                new ThrottleService(targets, control, throttleKeeper),
                seeding,
                schedules,
                runs,
                new DiskSpaceService(
                        targets,
                        storage(config),
                        new FileStoreDiskSpace(),
                        config.disk().lowSpaceWarning(),
                        executor,
                        clock),
                watchFolders,
                new WatchFolderPolls(watchFolders),
                webhooks);
    }

    /** Halts (as kill -9 would: no shutdown hooks, no finally) at the named step, when asked to. */
    private static Checkpoints watchCheckpoints() {
        Optional<String> haltAt = Optional.ofNullable(System.getProperty(WATCH_HALT_AT_PROPERTY));
        if (haltAt.isEmpty()) {
            return Checkpoints.NONE;
        }
        return step -> {
            if (step.equals(haltAt.get())) {
                Runtime.getRuntime().halt(137);
            }
        };
    }

    /**
     * Moves and hashing run here, not on the pool that calls rTorrent: they last as long as the
     * disk needs, and two at a time keep the disk busy without making each one slower.
     */
    private static ExecutorService dataJobs() {
        var count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "data-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The speed graphs: a sampling every 2 s that asks nothing while nobody looks at a graph. A
     * failing tick is logged and the next one runs (an exception would end the schedule).
     */
    private static ShowRates rates(
            Targets targets, ExecutorService executor, ScheduledExecutorService scheduler, Clock clock) {
        var history = RateHistory.tenMinutes();
        var sampler = new RateSampler(targets, history, clock, executor);
        long period = history.period().toMillis();
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        sampler.tick();
                    } catch (RuntimeException e) {
                        LOG.warn("speed graph: sampling failed, trying again: {}", e.getMessage());
                    }
                },
                period,
                period,
                TimeUnit.MILLISECONDS);
        return new RateService(new Access(targets), history, sampler, clock);
    }

    /**
     * A minute after start, then daily: a CLI command ends long before, so only a server prunes.
     * A failure is logged and the next day tries again (an exception would end the schedule).
     */
    private static void pruneDaily(AuditService audit, ScheduledExecutorService scheduler) {
        scheduler.scheduleAtFixedRate(
                () -> {
                    try {
                        int removed = audit.prune();
                        LOG.info("audit log: {} entries past retention removed", removed);
                    } catch (RuntimeException e) {
                        LOG.warn("audit log: pruning failed, trying again tomorrow: {}", e.getMessage());
                    }
                },
                PRUNE_FIRST_AFTER.toMinutes(),
                Duration.ofDays(1).toMinutes(),
                TimeUnit.MINUTES);
    }

    private static Duration keep(PyrotorrentConfig config) {
        return Duration.ofDays(config.store().auditKeepDays());
    }

    /** A restored session's user, as the config describes them now ("local" when there are no users). */
    private static Function<String, Optional<Principal>> accounts(PyrotorrentConfig config) {
        return name -> config.users().isEmpty()
                ? Optional.of(Principal.LOCAL).filter(local -> local.name().equals(name))
                : config.users().stream()
                        .filter(user -> user.name().equals(name))
                        .findFirst()
                        .map(Services::principal);
    }

    /** Configured mappings; a managed instance's own directory is readable as it stands. */
    static Map<TargetName, StorageMapping> storage(PyrotorrentConfig config) {
        var mappings = new HashMap<TargetName, StorageMapping>();
        for (TargetConfig target : config.targets()) {
            target.storage()
                    .ifPresent(s -> mappings.put(target.name(), new StorageMapping(s.remotePath(), s.localPath())));
            target.managed().ifPresent(m -> {
                var dir = m.dir().toAbsolutePath().normalize();
                mappings.put(target.name(), new StorageMapping(dir.toString(), dir));
            });
        }
        return mappings;
    }

    private static AuthService auth(PyrotorrentConfig config) {
        var accounts = config.users().stream()
                .map(user -> new UserAccount(principal(user), user.passwordHash()))
                .toList();
        // Checked when a name is unknown, so a wrong name takes as long as a wrong password.
        String decoy = accounts.isEmpty()
                ? ""
                : PasswordHasher.hash(UUID.randomUUID().toString().toCharArray());
        return new AuthService(accounts, PasswordHasher::matches, decoy, new LoginLog(), Clock.systemUTC());
    }

    private static Principal principal(UserConfig user) {
        boolean all = user.targets().contains(UserConfig.ALL_TARGETS);
        var targets = new HashSet<TargetName>();
        user.targets().stream()
                .filter(t -> !t.equals(UserConfig.ALL_TARGETS))
                .map(TargetName::of)
                .forEach(targets::add);
        return new Principal(user.name(), all, targets);
    }
}
