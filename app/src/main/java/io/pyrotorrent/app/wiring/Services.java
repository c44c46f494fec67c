package io.pyrotorrent.app.wiring;

import io.pyrotorrent.app.config.PyrotorrentConfig;
import io.pyrotorrent.app.config.TargetConfig;
import io.pyrotorrent.app.config.UserConfig;
import io.pyrotorrent.app.fetch.AddressPolicy;
import io.pyrotorrent.app.fetch.SafeTorrentFetcher;
import io.pyrotorrent.app.security.LoginLog;
import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.CheckHealth;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.in.ListTargets;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.in.SendRequests;
import io.pyrotorrent.domain.port.in.ShowOverview;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuthService;
import io.pyrotorrent.domain.service.DetailsService;
import io.pyrotorrent.domain.service.DownloadService;
import io.pyrotorrent.domain.service.HealthService;
import io.pyrotorrent.domain.service.OverviewService;
import io.pyrotorrent.domain.service.RemovalService;
import io.pyrotorrent.domain.service.RequestService;
import io.pyrotorrent.domain.service.SessionService;
import io.pyrotorrent.domain.service.TargetStatusService;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.TorrentService;
import io.pyrotorrent.domain.service.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

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
        RemoveData removeData) {

    /** Live pages and event streams poll each watched view this often. */
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);
    /** Far above any .torrent rTorrent could take in one request (512 KiB by default). */
    static final long MAX_FETCHED_TORRENT = 8L * 1024 * 1024;
    /** One URL: headers, body and redirects together. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(15);
    /** All URLs of one request (the legacy API takes 100): well inside a proxy's 60 s read timeout. */
    static final Duration FETCHES_PER_REQUEST = Duration.ofSeconds(30);

    static Services of(
            PyrotorrentConfig config, Targets targets, ExecutorService executor, ScheduledExecutorService scheduler) {
        var fetcher = new SafeTorrentFetcher(
                AddressPolicy.publicOnly(), MAX_FETCHED_TORRENT, FETCH_TIMEOUT, FETCHES_PER_REQUEST);
        var torrents = new TorrentService(targets);
        // Every port below has its own type, so the compiler catches a swap; TorrentService serves two.
        return new Services(
                new OverviewService(targets, executor),
                new DetailsService(targets),
                torrents,
                torrents,
                new AddService(targets, fetcher),
                new DownloadService(targets, storage(config)),
                new HealthService(targets, executor, Clock.systemUTC()),
                new WatchService(targets, scheduler, WATCH_INTERVAL),
                auth(config),
                new SessionService(config.server().sessionIdle(), Clock.systemUTC()),
                new RequestService(targets, executor),
                new TargetStatusService(targets, executor),
                new RemovalService(targets, storage(config), executor));
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
