package io.pyrotorrent.adapter.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.port.in.ShowOverview;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web adapter's entry: registers the HTML pages on a Javalin config. Pages get view-model
 * records, never domain services; errors become a page in the site's layout, never a trace.
 */
public final class WebUi {

    private static final Logger LOG = LoggerFactory.getLogger(WebUi.class);

    private final ShowOverview overview;
    private final Templates templates = new Templates();

    private WebUi(ShowOverview overview) {
        this.overview = Objects.requireNonNull(overview, "overview");
    }

    /** Adds the UI's routes to {@code config}. */
    public static void register(JavalinConfig config, ShowOverview overview) {
        var ui = new WebUi(overview);
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
        });
        config.routes.get("/", ctx -> ui.overview(ctx, ViewName.MAIN));
        config.routes.get("/view/{view}", ctx -> ui.overview(ctx, ViewName.of(ctx.pathParam("view"))));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                ui.error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("page {} failed", ctx.path(), e);
            ui.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; the log has details.");
        });
        config.routes.error(404, "*", ctx -> ui.error(ctx, HttpStatus.NOT_FOUND, "No such page."));
    }

    private void overview(Context ctx, ViewName view) {
        ctx.html(templates.render("overview", Map.of("base", base(ctx),
                "page", OverviewPage.of(overview.overview(Listing.of(view, OverviewPage.FIELDS))))));
    }

    private void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).html(templates.render("error", Map.of("base", base(ctx),
                "page", new ErrorPage(status.getCode(), status.getMessage(), message))));
    }

    /** The base path every link starts with ("/" or e.g. "/torrent/" behind a reverse proxy). */
    static String base(Context ctx) {
        String path = ctx.contextPath();
        return path.endsWith("/") ? path : path + "/";
    }

    /** What the error template shows. */
    record ErrorPage(int code, String title, String message) {
    }
}
