package io.pyrotorrent.app.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one error pipeline: every exception and every error status goes to the adapter
 * that owns the path (JSON for the API, HTML pages for the UI), so no adapter has to undo another's.
 */
public final class ErrorPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPipeline.class);

    /** Statuses a request can end with and no route answered: Javalin's and Jetty's own refusals. */
    static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 405, 413, 415, 500);

    private final List<ErrorOwner> owners;

    private ErrorPipeline(List<ErrorOwner> owners) {
        this.owners = List.copyOf(owners);
    }

    /** The one registration of exception and error handlers on the server; call it once. */
    public static void register(JavalinConfig config, List<ErrorOwner> owners) {
        var pipeline = new ErrorPipeline(owners);
        // Javalin answers HttpResponseException itself unless a handler names that class.
        config.routes.exception(HttpResponseException.class, pipeline::exception);
        config.routes.exception(Exception.class, pipeline::exception);
        for (int status : STATUSES) {
            config.routes.error(status, "*", pipeline::status);
        }
    }

    private void exception(Exception e, Context ctx) {
        owner(ctx).ifPresentOrElse(owner -> owner.exception().handle(e, ctx), () -> {
            LOG.error("{} failed and no adapter owns the path", ctx.path(), e);
            ctx.status(500).result("internal error");
        });
    }

    private void status(Context ctx) throws Exception {
        Optional<ErrorOwner> owner = owner(ctx);
        if (owner.isPresent()) {
            owner.get().status().handle(ctx);
        }
    }

    private Optional<ErrorOwner> owner(Context ctx) {
        String path = belowBase(ctx);
        return owners.stream().filter(o -> o.owns().test(path)).findFirst();
    }

    /** "/torrent/api/v1/targets" under the base path "/torrent/" is "/api/v1/targets". */
    static String belowBase(Context ctx) {
        String base = ctx.contextPath();
        String path = ctx.path();
        if (base.isEmpty() || base.equals("/") || !path.startsWith(base)) {
            return path;
        }
        String below = path.substring(base.length());
        return below.startsWith("/") ? below : "/" + below;
    }
}
