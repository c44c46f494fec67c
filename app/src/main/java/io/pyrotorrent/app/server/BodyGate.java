package io.pyrotorrent.app.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads every request body whole, before any route runs, without a pool thread: Jetty calls back
 * when bytes arrive, so a client sending slowly holds a connection, not one of the 24 threads.
 * Measured without it: 20 connections trickling a /login form at 1 byte/s blocked 20 threads in
 * the servlet's read and /health timed out for as long as they lasted.
 *
 * <p>Each body has a deadline for the whole of it ({@link BodyDeadline}), and its bytes are held in
 * a shared {@link BodyMemory}; the route then reads the buffered copy at memory speed.
 */
final class BodyGate extends Handler.Wrapper {

    /** The most any route takes (the add form's uploads); a body declared larger is not read. */
    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    private final BodyMemory memory;
    private final BodyDeadline deadline;
    private final String apiPrefix;

    BodyGate(BodyMemory memory, BodyDeadline deadline, String contextPath) {
        this.memory = memory;
        this.deadline = deadline;
        this.apiPrefix = (contextPath.endsWith("/") ? contextPath : contextPath + "/") + "api";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() <= 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        new BodyRead(this, request, response, callback).start();
        return true;
    }

    BodyMemory memory() {
        return memory;
    }

    BodyDeadline deadline() {
        return deadline;
    }

    /** Refusals here answer in the shape of the adapter that owns the path: JSON for the API. */
    boolean isApi(Request request) {
        return Request.getPathInContext(request).startsWith("/api")
                || request.getHttpURI().getPath().startsWith(apiPrefix);
    }

    /** The route's turn, with the body already read; a path nobody serves is a 404. */
    void dispatch(Request buffered, Response response, Callback callback) {
        try {
            if (!super.handle(buffered, response, callback)) {
                Response.writeError(buffered, response, callback, 404);
            }
        } catch (Throwable e) {
            callback.failed(e);
        }
    }
}
