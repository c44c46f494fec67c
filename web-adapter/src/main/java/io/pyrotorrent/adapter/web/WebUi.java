package io.pyrotorrent.adapter.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.pyrotorrent.adapter.web.actions.ActionRoutes;
import io.pyrotorrent.adapter.web.actions.MagnetLinks;
import io.pyrotorrent.adapter.web.actions.MatchingActions;
import io.pyrotorrent.adapter.web.actions.TorrentNames;
import io.pyrotorrent.adapter.web.add.AddRoutes;
import io.pyrotorrent.adapter.web.audit.AuditRoutes;
import io.pyrotorrent.adapter.web.automation.AutomationRoutes;
import io.pyrotorrent.adapter.web.automation.RssRoutes;
import io.pyrotorrent.adapter.web.automation.SchedulePage;
import io.pyrotorrent.adapter.web.automation.WatchFolderRoutes;
import io.pyrotorrent.adapter.web.automation.WebhookRoutes;
import io.pyrotorrent.adapter.web.data.DataJobRoutes;
import io.pyrotorrent.adapter.web.data.RemoveDataRoutes;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.HeaderDisk;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.SecureCookies;
import io.pyrotorrent.adapter.web.http.StaticAssets;
import io.pyrotorrent.adapter.web.http.Templates;
import io.pyrotorrent.adapter.web.live.LiveEvents;
import io.pyrotorrent.adapter.web.live.RateRoutes;
import io.pyrotorrent.adapter.web.login.LoginGate;
import io.pyrotorrent.adapter.web.login.LoginRoutes;
import io.pyrotorrent.adapter.web.overview.OverviewRoutes;
import io.pyrotorrent.adapter.web.overview.SliceRoutes;
import io.pyrotorrent.adapter.web.settings.ClientSettingsRoutes;
import io.pyrotorrent.adapter.web.settings.LabelRoutes;
import io.pyrotorrent.adapter.web.settings.SettingRoutes;
import io.pyrotorrent.adapter.web.settings.ThrottleRoutes;
import io.pyrotorrent.adapter.web.torrent.DownloadRoutes;
import io.pyrotorrent.adapter.web.torrent.TorrentRoutes;
import io.pyrotorrent.adapter.web.torrent.TrackerRoutes;
import io.pyrotorrent.domain.model.ViewName;
import java.time.Clock;
import java.util.List;

/**
 * The web adapter's entry: registers the HTML pages, their forms, downloads and live data on a
 * Javalin config. Routes are relative to Javalin's context path (the base path); every link a
 * page writes starts with it. GET never changes anything; every change is a POST with a CSRF
 * token, answered by a 303 and a flash message. Errors become a page in the site's layout ({@link #errors()}). With
 * users configured, every page but the login form needs a session (see {@link LoginGate}).
 */
public final class WebUi {

    private WebUi() {}

    /** Adds the UI's routes and static files to {@code config}; {@link #errors()} renders its failures. */
    public static void register(JavalinConfig config, WebPorts ports) {
        register(config, ports, WebOptions.DEFAULT);
    }

    public static void register(JavalinConfig config, WebPorts ports, WebOptions options) {
        SecureCookies.configure(config, options.secureCookies());
        var csrf = new CsrfTokens();
        var gate = new LoginGate(ports.authenticate(), ports.sessions());
        var pages = new Pages(
                new Templates(),
                csrf,
                gate::required,
                caller -> ports.schedule()
                        .map(schedule -> SchedulePage.headerNotes(schedule.now(caller)))
                        .orElse(List.of()),
                caller -> HeaderDisk.of(ports.disk().diskSpace(caller)));
        var login = new LoginRoutes(ports.authenticate(), ports.sessions(), gate, pages, csrf);
        var overview = new OverviewRoutes(ports.overview(), pages);
        var torrent = new TorrentRoutes(ports.torrent(), pages, Clock.systemUTC());
        var actions = new ActionRoutes(
                ports.control(),
                new TorrentNames(ports.list()),
                pages,
                csrf,
                new MatchingActions(ports.control(), ports.list(), pages));
        var settings = new SettingRoutes(ports.control(), ports.torrent(), csrf);
        var add = new AddRoutes(ports.add(), ports.list(), pages, csrf);
        var downloads = new DownloadRoutes(ports.downloads(), pages);
        var slices = new SliceRoutes(ports.list());
        var audit = new AuditRoutes(ports.audit(), pages);
        var removal = new RemoveDataRoutes(ports.removeData(), pages, csrf);
        var trackers = new TrackerRoutes(ports.control(), csrf);
        var rates = new RateRoutes(ports.rates());
        var dataJobs = new DataJobRoutes(ports.moveData(), ports.createTorrents(), ports.followJobs(), pages, csrf);
        var clientSettings = new ClientSettingsRoutes(ports.settings(), pages, csrf);
        var labels = new LabelRoutes(ports.renameLabels(), csrf);
        var throttles = new ThrottleRoutes(ports.throttles(), pages, csrf);
        var magnets = new MagnetLinks(ports.magnets());
        var routes = config.routes;
        // uPlot from its WebJar, under our own path: no asset from another site.
        var uplot = new StaticAssets("/META-INF/resources/webjars/uplot/1.6.30");
        get(routes, "/static/vendor/uplot/<path>", ctx -> uplot.serve(ctx, ctx.pathParam("path")));
        var assets = new StaticAssets("/static");
        get(routes, "/static/<path>", ctx -> assets.serve(ctx, ctx.pathParam("path")));
        get(routes, "/login", login::form);
        routes.post("/login", login::logIn);
        routes.post("/logout", gate.page(login::logOut));
        get(routes, "/", gate.page(ctx -> overview.page(ctx, ViewName.MAIN)));
        get(routes, "/view/{view}", gate.page(ctx -> overview.page(ctx, ViewName.of(ctx.pathParam("view")))));
        get(routes, "/target/{target}/torrent/{hash}", gate.page(torrent::page));
        get(routes, "/target/{target}/torrent/{hash}/panel", gate.page(torrent::panel));
        get(routes, "/target/{target}/torrent/{hash}/torrent_file", gate.page(downloads::torrentFile));
        get(routes, "/target/{target}/torrent/{hash}/file/{index}", gate.page(downloads::payload));
        routes.post("/target/{target}/torrent/{hash}/file/{index}/priority", gate.page(settings::filePriority));
        routes.post("/target/{target}/torrent/{hash}/folder/priority", gate.page(settings::folderPriority));
        routes.post("/target/{target}/action", gate.page(actions::act));
        routes.post("/target/{target}/labels/rename", gate.page(labels::rename));
        get(routes, "/target/{target}/throttles", gate.page(throttles::page));
        routes.post("/target/{target}/throttles", gate.page(throttles::define));
        routes.post("/target/{target}/throttle", gate.page(throttles::assign));
        get(routes, "/target/{target}/torrent/{hash}/remove_data", gate.page(removal::preview));
        routes.post("/target/{target}/torrent/{hash}/remove_data", gate.page(removal::remove));
        routes.post("/target/{target}/torrent/{hash}/trackers", gate.page(trackers::add));
        routes.post("/target/{target}/torrent/{hash}/trackers/{index}/enabled", gate.page(trackers::enabled));
        routes.post("/target/{target}/torrent/{hash}/reannounce", gate.page(trackers::reannounce));
        routes.post("/target/{target}/limits", gate.page(settings::limits));
        get(routes, "/target/{target}/add_torrent", gate.page(add::form));
        routes.post("/target/{target}/add_torrent", gate.page(add::add));
        get(routes, "/audit", gate.page(audit::page));
        get(routes, "/target/{target}/move", gate.page(dataJobs::moveForm));
        routes.post("/target/{target}/move", gate.page(dataJobs::move));
        get(routes, "/target/{target}/create_torrent", gate.page(dataJobs::createForm));
        routes.post("/target/{target}/create_torrent", gate.page(dataJobs::create));
        get(routes, "/job/{id}", gate.page(dataJobs::job));
        get(routes, "/job/{id}/torrent", gate.page(dataJobs::torrent));
        get(routes, "/target/{target}/settings", gate.page(clientSettings::page));
        routes.post("/target/{target}/settings", gate.page(clientSettings::change));
        var rss = new RssRoutes(ports.feeds(), pages, csrf);
        get(routes, "/automation/rss", gate.page(rss::page));
        routes.post("/automation/rss/feeds", gate.page(rss::addFeed));
        routes.post("/automation/rss/feeds/{feed}/remove", gate.page(rss::removeFeed));
        routes.post("/automation/rss/feeds/{feed}/rules", gate.page(rss::rule));
        routes.post("/automation/rss/feeds/{feed}/rules/{rule}/remove", gate.page(rss::removeRule));
        routes.post("/automation/rss/feeds/{feed}/run", gate.page(rss::run));
        get(routes, "/live/overview", gate.data(overview::live));
        get(routes, "/live/target/{target}/torrent/{hash}", gate.data(torrent::live));
        get(routes, "/live/target/{target}/slice", gate.data(slices::slice));
        get(routes, "/live/target/{target}/magnets", gate.data(magnets::links));
        var live = new LiveEvents(
                ports.watch(), caller -> HeaderDisk.of(ports.disk().diskSpace(caller)));
        get(routes, "/live/events", gate.data(live::events));
        config.events.serverStopping(live::stopAll);
        get(routes, "/live/rates", gate.data(rates::all));
        get(routes, "/live/target/{target}/torrent/{hash}/rates", gate.data(rates::torrent));
        if (ports.seedingRules().isPresent() && ports.schedule().isPresent()) {
            automation(
                    routes,
                    gate,
                    new AutomationRoutes(
                            ports.seedingRules().get(),
                            ports.schedule().get(),
                            ports.watchFolders(),
                            ports.webhooks(),
                            pages,
                            csrf));
        }
        ports.watchFolders().ifPresent(folders -> {
            var watch = new WatchFolderRoutes(folders, csrf);
            routes.post("/automation/watch", gate.page(watch::save));
            routes.post("/automation/watch/{target}/delete", gate.page(watch::delete));
        });
        ports.webhooks().ifPresent(hooks -> {
            var webhooks = new WebhookRoutes(hooks, csrf);
            routes.post("/automation/webhooks", gate.page(webhooks::save));
            routes.post("/automation/webhooks/{id}/test", gate.page(webhooks::test));
            routes.post("/automation/webhooks/{id}/delete", gate.page(webhooks::delete));
        });
    }

    private static void automation(RoutesConfig routes, LoginGate gate, AutomationRoutes automation) {
        get(routes, "/automation", gate.page(automation::page));
        routes.post("/automation/seeding", gate.page(automation::seeding));
        routes.post("/automation/seeding/{id}/delete", gate.page(automation::delete));
        routes.post("/automation/seeding/{id}/confirm", gate.page(automation::confirm));
        routes.post("/automation/schedule/{target}", gate.page(automation::schedule));
    }

    /**
     * How failures on the UI's paths look (HTML pages; the live endpoints answer their own errors as
     * JSON). The app's server registers the one error pipeline and hands this every failure that
     * is not the API's.
     */
    public static ErrorPages errors() {
        return new ErrorPages(new Templates());
    }

    /**
     * GET, and HEAD through the same handler (Jetty drops the body). Left to itself Javalin answers
     * HEAD with an empty 200 without running anything, so a page behind the login would look open.
     */
    private static void get(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
