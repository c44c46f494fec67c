package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import io.pyrotorrent.domain.automation.schedule.Schedules;
import io.pyrotorrent.domain.automation.seeding.SeedingAutomation;
import io.pyrotorrent.domain.create.AuditedCreate;
import io.pyrotorrent.domain.create.CreateService;
import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemorySchedules;
import io.pyrotorrent.domain.fake.InMemorySeedingRules;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.job.JobService;
import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.move.AuditedMove;
import io.pyrotorrent.domain.move.MoveService;
import io.pyrotorrent.domain.port.out.LoginEvents;
import io.pyrotorrent.domain.port.out.SettingsKeeper;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuditService;
import io.pyrotorrent.domain.service.AuditedControl;
import io.pyrotorrent.domain.service.AuthService;
import io.pyrotorrent.domain.service.DetailsService;
import io.pyrotorrent.domain.service.HealthService;
import io.pyrotorrent.domain.service.RemovalService;
import io.pyrotorrent.domain.service.RequestService;
import io.pyrotorrent.domain.service.SessionService;
import io.pyrotorrent.domain.service.TargetStatusService;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.TorrentService;
import io.pyrotorrent.domain.settings.SettingsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The API on a real Javalin server (port 0) over two in-memory rTorrents, "alpha" and "beta",
 * with the domain's own services and a hand-written watcher; plus an HTTP client for the tests.
 */
public final class TestApi implements AutoCloseable {

    /** What a test may change before the server starts. */
    public static final class Options {
        public boolean enabled = true;
        public List<UserAccount> users = List.of();
        public UnaryOperator<TorrentClient> alphaClient = client -> client;
        /** Paths outside the API get HTML error pages, as the web UI's. */
        public boolean htmlErrorPage;
        /** Where each target's files are readable (remove with data); none by default. */
        public Map<TargetName, StorageMapping> storage = Map.of();
        /** The disk under the storage mappings: nothing exists on it by default. */
        public io.pyrotorrent.domain.port.out.DiskSpace disk = dir -> Optional.empty();

        public io.pyrotorrent.domain.model.disk.LowSpaceWarning lowSpaceWarning =
                io.pyrotorrent.domain.model.disk.LowSpaceWarning.DEFAULT;
    }

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final TestTorrent DOWNLOADABLE = TestTorrent.unique("fetched");
    /** Like the real fetcher on loopback: refuses, so tests can tell who fetched a URL. */
    public static final io.pyrotorrent.domain.port.out.TorrentFileFetcher FETCHER = url -> {
        if (url.getHost().equals("127.0.0.1")) {
            throw new io.pyrotorrent.domain.port.out.TorrentFileFetcher.FetchRefusedException(
                    "127.0.0.1 is 127.0.0.1, a loopback, private, link-local or multicast address");
        }
        return DOWNLOADABLE.bytes();
    };

    public final InMemoryTorrentClient alpha = new InMemoryTorrentClient();
    public final InMemoryTorrentClient beta = new InMemoryTorrentClient();
    public final FakeWatch watch = new FakeWatch();
    /** The web UI's logins, which the API accepts as a cookie. */
    public final SessionService sessions = new SessionService(java.time.Duration.ofMinutes(30), Clock.systemUTC());
    /** Where commands through the API are audited; the user named "admin" reads every entry. */
    public final InMemoryAuditLog audit = new InMemoryAuditLog();

    /** Feeds: stored in memory, read from {@link #feedItems}; a URL with "broken" in it is unreadable. */
    public final io.pyrotorrent.domain.fake.InMemoryFeedStore feeds =
            new io.pyrotorrent.domain.fake.InMemoryFeedStore();

    public volatile List<io.pyrotorrent.domain.model.rss.FeedItem> feedItems = List.of();

    /** Watch folders' disk: only {@link #WATCH_DIR} exists. */
    public final io.pyrotorrent.domain.fake.InMemoryDroppedFiles droppedFiles =
            new io.pyrotorrent.domain.fake.InMemoryDroppedFiles().directory(WATCH_DIR);

    public static final String WATCH_DIR = "/srv/watch";

    /** Webhooks' POSTs, recorded; a host named "private.test" is refused as a private address. */
    public final List<io.pyrotorrent.domain.model.webhook.WebhookMessage> webhookPosts =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private final io.pyrotorrent.domain.port.out.WebhookSender webhookSender =
            new io.pyrotorrent.domain.port.out.WebhookSender() {
                @Override
                public Optional<String> refusal(URI url) {
                    return url.getHost().equals("private.test")
                            ? Optional.of("private.test is 10.0.0.1, in 10.0.0.0/8 (private)")
                            : Optional.empty();
                }

                @Override
                public void send(URI url, io.pyrotorrent.domain.model.webhook.WebhookMessage message) {
                    webhookPosts.add(message);
                }
            };

    public final List<String> routes = new ArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Javalin server;
    private Optional<String> authorization = Optional.empty();

    /** Moves and creations, followed at /api/v1/jobs/{id}. */
    public final Jobs jobs = new Jobs();

    private TestApi(Options options) {
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(TargetName.of("alpha"), options.alphaClient.apply(alpha));
        clients.put(TargetName.of("beta"), beta);
        var targets = new Targets(clients);
        var torrents = new TorrentService(targets);
        var ports = new ApiPorts(
                new RequestService(targets, executor),
                new TargetStatusService(targets, executor),
                torrents,
                new DetailsService(targets),
                new AuditedControl(torrents, audit, Clock.systemUTC()),
                new AddService(targets, FETCHER),
                new HealthService(targets, executor, Clock.systemUTC()),
                watch,
                new AuthService(
                        options.users,
                        (password, hash) -> hash.equals("plain:" + new String(password)),
                        "decoy",
                        LoginEvents.NONE,
                        Clock.systemUTC()),
                sessions,
                new AuditService(
                        audit,
                        caller -> caller.name().equals("admin"),
                        java.time.Duration.ofDays(90),
                        Clock.systemUTC()),
                new RemovalService(targets, options.storage, executor),
                new AuditedMove(new MoveService(targets, options.storage, jobs, executor), audit, Clock.systemUTC()),
                new AuditedCreate(
                        new CreateService(targets, options.storage, jobs, executor, Clock.systemUTC()),
                        audit,
                        Clock.systemUTC()),
                new JobService(jobs),
                new SettingsService(targets, SettingsKeeper.NONE),
                new io.pyrotorrent.domain.magnet.MagnetService(targets),
                feedService(targets),
                new io.pyrotorrent.domain.service.LabelRenameService(
                        torrents, new AuditedControl(torrents, audit, Clock.systemUTC())),
                new io.pyrotorrent.domain.service.ThrottleService(
                        targets,
                        new AuditedControl(torrents, audit, Clock.systemUTC()),
                        io.pyrotorrent.domain.port.out.ThrottleKeeper.NONE),
                Optional.of(SeedingAutomation.of(
                        new InMemorySeedingRules(),
                        torrents,
                        new DetailsService(targets),
                        torrents,
                        new RemovalService(targets, options.storage, executor),
                        audit,
                        Clock.systemUTC(),
                        acted -> {},
                        () -> {})),
                Optional.of(new Schedules(new InMemorySchedules(), torrents, audit, Clock.systemUTC(), targets::names)),
                new io.pyrotorrent.domain.disk.DiskSpaceService(
                        targets, options.storage, options.disk, options.lowSpaceWarning, executor, Clock.systemUTC()),
                Optional.of(new io.pyrotorrent.domain.automation.watchdir.WatchFolders(
                        new io.pyrotorrent.domain.fake.InMemoryWatchFolders(),
                        droppedFiles,
                        targets,
                        new AddService(targets, FETCHER),
                        Clock.systemUTC(),
                        io.pyrotorrent.domain.rss.Checkpoints.NONE,
                        added -> {})),
                Optional.of(new io.pyrotorrent.domain.automation.webhook.Webhooks(
                        new io.pyrotorrent.domain.fake.InMemoryWebhooks(),
                        webhookSender,
                        Runnable::run,
                        pause -> {},
                        dropped -> {},
                        watch,
                        Clock.systemUTC(),
                        targets::names)));
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.events.handlerAdded(handler -> {
                        // HEAD mirrors every GET; the route list speaks of the GETs. The docs
                        // pages show the API, they are not part of it.
                        if (handler.getHttpMethod().isHttpMethod()
                                && !handler.getHttpMethod().name().equals("HEAD")
                                && !handler.getPath().startsWith(ApiDocs.PATH)) {
                            routes.add(handler.getHttpMethod().name() + " " + handler.getPath());
                        }
                    });
                    registerErrors(config, Api.errors(options.enabled), options.htmlErrorPage);
                    Api.register(config, ports, options.enabled);
                })
                .start("127.0.0.1", 0);
    }

    /**
     * What the app's server does: one error pipeline that hands the API's paths to {@code api};
     * other paths get an HTML page when {@code html} (as the web UI's), else plain text.
     */
    private static void registerErrors(JavalinConfig config, ApiErrors api, boolean html) {
        ExceptionHandler<Exception> onException = (e, ctx) -> {
            if (api.owns(ctx.path())) {
                api.exception(e, ctx);
            } else {
                int status = e instanceof HttpResponseException http ? http.getStatus() : 500;
                ctx.status(status);
                if (html) {
                    ctx.html(status == 500 ? "<h1>Oops.</h1>" : "<h1>" + status + "</h1>");
                } else {
                    ctx.result("failed");
                }
            }
        };
        config.routes.exception(HttpResponseException.class, onException::handle);
        config.routes.exception(Exception.class, onException);
        for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
            config.routes.error(status, "*", ctx -> {
                if (api.owns(ctx.path())) {
                    api.status(ctx);
                } else if (html && status == 404) {
                    ctx.html("<h1>No such page.</h1>");
                }
            });
        }
    }

    private io.pyrotorrent.domain.port.in.ManageFeeds feedService(Targets targets) {
        io.pyrotorrent.domain.port.out.FeedReader reader = url -> {
            if (url.toString().contains("broken")) {
                throw new io.pyrotorrent.domain.model.rss.FeedReadException("malformed XML at line 1");
            }
            return feedItems;
        };
        var check = new io.pyrotorrent.domain.rss.FeedCheck(
                feeds,
                reader,
                new AddService(targets, FETCHER),
                Clock.systemUTC(),
                io.pyrotorrent.domain.rss.Checkpoints.NONE);
        return new io.pyrotorrent.domain.rss.FeedService(
                feeds, reader, check, targets.names(), audit, Clock.systemUTC());
    }

    public static TestApi start() {
        return start(options -> {});
    }

    public static TestApi start(java.util.function.Consumer<Options> setup) {
        var options = new Options();
        setup.accept(options);
        return new TestApi(options);
    }

    /** A user "name" with password "secret-name", allowed the given targets ("*" for all). */
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

    public void loginAs(String name, String password) {
        authorization = Optional.of("Basic "
                + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Stops sending Basic credentials (a test then sends a cookie itself). */
    public void logOut() {
        authorization = Optional.empty();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * The legacy API the way the original's scripts call it, a form with one field, plus the header
     * a change sent with Basic credentials needs (CrossSiteWritesApiTest).
     */
    public Reply legacy(String requestJson) {
        return send(HttpRequest.newBuilder(uri("/api"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "script")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "request=" + java.net.URLEncoder.encode(requestJson, StandardCharsets.UTF_8))));
    }

    public Reply send(HttpRequest.Builder request) {
        authorization.ifPresent(value -> request.header("Authorization", value));
        request.timeout(java.time.Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        server.stop();
        executor.shutdownNow();
    }
}
