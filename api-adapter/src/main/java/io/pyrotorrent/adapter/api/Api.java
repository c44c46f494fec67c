package io.pyrotorrent.adapter.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.pyrotorrent.adapter.api.auth.Callers;
import io.pyrotorrent.adapter.api.auth.RouteGuard;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.automation.ScheduleRoutes;
import io.pyrotorrent.adapter.api.automation.SeedingRuleRoutes;
import io.pyrotorrent.adapter.api.automation.WatchFolderRoutes;
import io.pyrotorrent.adapter.api.automation.WebhookRoutes;
import io.pyrotorrent.adapter.api.events.EventStreams;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.jobs.JobReads;
import io.pyrotorrent.adapter.api.jobs.TorrentCreating;
import io.pyrotorrent.adapter.api.jobs.TorrentMoving;
import io.pyrotorrent.adapter.api.labels.LabelRoutes;
import io.pyrotorrent.adapter.api.legacy.LegacyApi;
import io.pyrotorrent.adapter.api.magnet.MagnetRoutes;
import io.pyrotorrent.adapter.api.rest.AuditReads;
import io.pyrotorrent.adapter.api.rest.FeedRoutes;
import io.pyrotorrent.adapter.api.rest.OpenApiDocument;
import io.pyrotorrent.adapter.api.rest.TargetList;
import io.pyrotorrent.adapter.api.rest.TorrentActions;
import io.pyrotorrent.adapter.api.rest.TorrentAdding;
import io.pyrotorrent.adapter.api.rest.TorrentReads;
import io.pyrotorrent.adapter.api.rest.TorrentRemoval;
import io.pyrotorrent.adapter.api.rest.TorrentSettings;
import io.pyrotorrent.adapter.api.rest.TorrentTrackers;
import io.pyrotorrent.adapter.api.settings.ClientSettingsRoutes;
import io.pyrotorrent.adapter.api.throttle.ThrottleRoutes;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.CheckHealth;
import io.pyrotorrent.domain.port.in.ShowDiskSpace;
import java.util.Objects;

/**
 * The JSON API's entry: registers its routes on a Javalin config, under the server's base path.
 * <ul>
 * <li>GET health: always, also when the API is turned off, and without credentials;</li>
 * <li>POST api and GET api/attributes: the original pyroTorrent API and its table;</li>
 * <li>api/v1/...: the REST API, its event stream, its OpenAPI document and Swagger UI over it.</li>
 * </ul>
 * Everything under api answers JSON, errors included, even where no route matched: the server's
 * one error pipeline hands failures on these paths to {@link #errors}.
 */
public final class Api {

    private Api() {}

    public static void register(JavalinConfig config, ApiPorts ports, boolean enabled) {
        Objects.requireNonNull(ports, "ports");
        CheckHealth health = ports.checkHealth();
        var callers = new Callers(ports.authenticate(), ports.sessions());
        ShowDiskSpace disks = ports.diskSpace();
        get(config, "/health", ctx -> health(ctx, health, disks, callers.identifyIfAny(ctx)));
        if (!enabled) {
            return;
        }
        var guard = new RouteGuard(callers);
        var targets = new VisibleTargets(ports.requests());
        var legacy = new LegacyApi(targets, ports.addTorrents());
        var reads = new TorrentReads(targets, ports.listTorrents(), ports.showTorrent());
        var actions = new TorrentActions(targets, ports.controlTorrents());
        var settings = new TorrentSettings(targets, ports.controlTorrents());
        var adding = new TorrentAdding(targets, ports.addTorrents());
        var events = new EventStreams(targets, ports.watchTorrents());
        var removal = new TorrentRemoval(targets, ports.removeData());
        var trackers = new TorrentTrackers(targets, ports.controlTorrents());
        var moving = new TorrentMoving(targets, ports.moveData());
        var creating = new TorrentCreating(targets, ports.createTorrents());
        var jobs = new JobReads(removal::job, ports.followJobs(), ports.createTorrents());
        var openApi = new OpenApiDocument();
        var statuses = new TargetList(ports.listTargets(), ports.diskSpace());
        var audit = new AuditReads(ports.readAudit());
        String torrent = "/api/v1/targets/{target}/torrents/{hash}";

        config.routes.post("/api", guard.guard(legacy::run));
        get(config, "/api/attributes", guard.guard(legacy::attributes));
        get(config, "/api/v1/openapi.json", guard.guard(openApi::serve));
        ApiDocs.register(config);
        get(config, "/api/v1/targets", guard.guard(statuses::list));
        get(config, "/api/v1/audit", guard.guard(audit::list));
        config.routes.put("/api/v1/targets/{target}/throttle", guard.guard(settings::throttle));
        config.routes.get("/api/v1/targets/{target}/events", guard.guard(events::handle));
        // HEAD opens no stream; it answers what GET would about the caller and the target.
        config.routes.head(
                "/api/v1/targets/{target}/events",
                guard.guard((ctx, caller) -> targets.require(caller, ctx.pathParam("target"))));
        get(config, "/api/v1/targets/{target}/torrents", guard.guard(reads::list));
        config.routes.post("/api/v1/targets/{target}/torrents", guard.guard(adding::add));
        config.routes.post("/api/v1/targets/{target}/torrents/actions", guard.guard(actions::many));
        get(config, torrent, guard.guard(reads::details));
        get(config, torrent + "/data", guard.guard(removal::preview));
        config.routes.delete(torrent + "/data", guard.guard(removal::remove));
        config.routes.post("/api/v1/targets/{target}/removals", guard.guard(removal::startMany));
        get(config, "/api/v1/jobs/{id}", guard.guard(jobs::read));
        get(config, "/api/v1/jobs/{id}/torrent", guard.guard(jobs::torrent));
        config.routes.post("/api/v1/targets/{target}/moves", guard.guard(moving::start));
        config.routes.post("/api/v1/targets/{target}/creations", guard.guard(creating::start));
        // Before "/{action}", which would otherwise take "trackers" for an action name.
        config.routes.post(torrent + "/trackers", guard.guard(trackers::add));
        config.routes.post(torrent + "/{action}", guard.guard(actions::one));
        config.routes.put(torrent + "/priority", guard.guard(settings::priority));
        config.routes.put(torrent + "/label", guard.guard(settings::label));
        config.routes.put(torrent + "/files/{index}/priority", guard.guard(settings::filePriority));
        config.routes.put(torrent + "/trackers/{index}/enabled", guard.guard(trackers::enabled));
        var clientSettings = new ClientSettingsRoutes(targets, ports.manageSettings());
        get(config, "/api/v1/targets/{target}/settings", guard.guard(clientSettings::read));
        config.routes.put("/api/v1/targets/{target}/settings", guard.guard(clientSettings::change));
        var magnets = new MagnetRoutes(targets, ports.copyMagnets());
        get(config, torrent + "/magnet", guard.guard(magnets::one));
        config.routes.post("/api/v1/targets/{target}/magnets", guard.guard(magnets::many));
        var labels = new LabelRoutes(targets, ports.renameLabels());
        config.routes.post("/api/v1/targets/{target}/labels/rename", guard.guard(labels::rename));
        var throttles = new ThrottleRoutes(targets, ports.manageThrottles());
        get(config, "/api/v1/targets/{target}/throttles", guard.guard(throttles::list));
        config.routes.put("/api/v1/targets/{target}/throttles/{name}", guard.guard(throttles::define));
        config.routes.post("/api/v1/targets/{target}/torrents/throttle", guard.guard(throttles::assign));
        var feeds = new FeedRoutes(targets, ports.manageFeeds());
        String feedsPath = "/api/v1/targets/{target}/feeds";
        get(config, feedsPath, guard.guard(feeds::list));
        config.routes.post(feedsPath, guard.guard(feeds::add));
        config.routes.delete(feedsPath + "/{feed}", guard.guard(feeds::remove));
        config.routes.post(feedsPath + "/{feed}/rules", guard.guard(feeds::addRule));
        config.routes.delete(feedsPath + "/{feed}/rules/{rule}", guard.guard(feeds::removeRule));
        config.routes.post(feedsPath + "/{feed}/preview", guard.guard(feeds::preview));
        config.routes.post(feedsPath + "/{feed}/run", guard.guard(feeds::run));
        get(config, feedsPath + "/{feed}/history", guard.guard(feeds::history));
        ports.seedingRules().ifPresent(rules -> seedingRules(config, guard, new SeedingRuleRoutes(rules)));
        ports.schedule().ifPresent(schedule -> {
            var routes = new ScheduleRoutes(targets, schedule);
            get(config, "/api/v1/automation/schedule/{target}", guard.guard(routes::get));
            config.routes.put("/api/v1/automation/schedule/{target}", guard.guard(routes::put));
        });
        ports.watchFolders().ifPresent(folders -> {
            var routes = new WatchFolderRoutes(targets, folders);
            String path = "/api/v1/automation/watch-folders";
            get(config, path, guard.guard(routes::list));
            get(config, path + "/{target}", guard.guard(routes::get));
            config.routes.put(path + "/{target}", guard.guard(routes::put));
            config.routes.delete(path + "/{target}", guard.guard(routes::delete));
        });
        ports.webhooks().ifPresent(hooks -> {
            var routes = new WebhookRoutes(hooks);
            String path = "/api/v1/automation/webhooks";
            get(config, path, guard.guard(routes::list));
            config.routes.post(path, guard.guard(routes::create));
            config.routes.delete(path + "/{id}", guard.guard(routes::delete));
            config.routes.post(path + "/{id}/test", guard.guard(routes::test));
        });
        config.events.serverStopping(events::stopAll);
    }

    private static void seedingRules(JavalinConfig config, RouteGuard guard, SeedingRuleRoutes rules) {
        String path = "/api/v1/automation/seeding-rules";
        get(config, path, guard.guard(rules::list));
        config.routes.post(path, guard.guard(rules::create));
        // Before "/{id}", so "dry-run" is never read as an id.
        config.routes.post(path + "/dry-run", guard.guard(rules::dryRun));
        config.routes.put(path + "/{id}", guard.guard(rules::replace));
        config.routes.delete(path + "/{id}", guard.guard(rules::delete));
        config.routes.post(path + "/{id}/confirm", guard.guard(rules::confirm));
    }

    /** How failures on the API's paths look; {@code enabled} as given to {@link #register}. */
    public static ApiErrors errors(boolean enabled) {
        return new ApiErrors(
                enabled ? "no such API route" : "the API is turned off in the configuration (api.enabled: false)");
    }

    /**
     * GET, and HEAD through the same handler (Jetty drops the body). Left to itself Javalin answers
     * HEAD with an empty 200 without running anything, so a guarded route would look open.
     */
    private static void get(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /**
     * 200 whenever the server runs: a dead instance is reported in the body, not as a failure. It
     * needs no login (probes); without one, where users are configured, it names no target.
     */
    private static void health(Context ctx, CheckHealth health, ShowDiskSpace disks, Principal caller) {
        ctx.contentType("application/json")
                .result(Json.write(HealthBody.of(health.health(caller), disks.diskSpace(caller))));
    }
}
