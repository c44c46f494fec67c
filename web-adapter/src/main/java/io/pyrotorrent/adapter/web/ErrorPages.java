package io.pyrotorrent.adapter.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Templates;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import jakarta.servlet.ServletException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failure on the UI's paths looks: a page in the site's layout with a status and one line
 * for a person, never a stack trace. The app's server owns the one error pipeline and hands every
 * failure outside the API's paths to this (see {@link WebUi#errors()}).
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Templates templates;

    ErrorPages(Templates templates) {
        this.templates = templates;
    }

    /** A route threw: the most specific explanation the exception allows. */
    public void exception(Exception e, Context ctx) {
        if (e instanceof CsrfTokens.Refused) {
            page(ctx, HttpStatus.FORBIDDEN, e.getMessage());
        } else if (e instanceof ServletException) {
            // A body Jetty cannot parse (say, a form sent as multipart with a broken boundary) is the
            // sender's mistake: reading a form field throws a ServletException around Jetty's own 400.
            page(
                    ctx,
                    HttpStatus.BAD_REQUEST,
                    "The form could not be read: its body is not what its Content-Type says.");
        } else if (e instanceof IllegalArgumentException) {
            page(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        } else if (e instanceof UnknownTargetException) {
            page(ctx, HttpStatus.NOT_FOUND, "There is " + e.getMessage() + ".");
        } else if (e instanceof io.pyrotorrent.domain.model.rss.UnknownFeedException) {
            page(ctx, HttpStatus.NOT_FOUND, "There is " + e.getMessage() + ".");
        } else if (e instanceof io.pyrotorrent.domain.model.rss.FeedReadException) {
            page(ctx, HttpStatus.BAD_GATEWAY, "The feed could not be read: " + e.getMessage());
        } else if (e instanceof UnknownTorrentException) {
            page(ctx, HttpStatus.NOT_FOUND, "There is " + e.getMessage() + " on this instance.");
        } else if (e instanceof TorrentClientException client) {
            page(ctx, HttpStatus.BAD_GATEWAY, client.failure().message());
        } else if (e instanceof HttpResponseException http) {
            HttpStatus status = HttpStatus.forStatus(http.getStatus());
            page(ctx, status, http.getStatus() == 404 ? "No such page." : status.getMessage() + ".");
        } else {
            LOG.error("page {} failed", ctx.path(), e);
            page(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; the log has details.");
        }
    }

    /** An error status without an answer yet (no route matched): the site's 404 page. Pages that chose 404 keep theirs. */
    public void status(Context ctx) {
        if (ctx.statusCode() == 404 && ctx.resultInputStream() == null) {
            page(ctx, HttpStatus.NOT_FOUND, "No such page.");
        }
    }

    /** An error page; it leaves flash messages for the next page and issues no token. */
    void page(Context ctx, HttpStatus status, String message) {
        Pages.error(templates, ctx, status, message);
    }
}
