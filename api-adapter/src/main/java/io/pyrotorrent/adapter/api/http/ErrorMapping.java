package io.pyrotorrent.adapter.api.http;

import io.javalin.http.HttpResponseException;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.rss.UnknownFeedException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where domain failures become API errors: HTTP routes use the status, legacy
 * elements only the code and message. rTorrent refusing a step (a fault) is a 409 conflict; rTorrent
 * failing as a whole is a 502, or a 504 when it was too slow.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    public static ApiError of(Throwable thrown) {
        Throwable e = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof ApiError error) {
            return error;
        }
        if (e instanceof UnknownTargetException) {
            return new ApiError(404, "unknown_target", e.getMessage());
        }
        if (e instanceof UnknownFeedException) {
            return new ApiError(404, "unknown_feed", e.getMessage());
        }
        if (e instanceof io.pyrotorrent.domain.model.rss.FeedReadException) {
            return new ApiError(422, "feed_unreadable", e.getMessage());
        }
        if (e instanceof UnknownTorrentException) {
            return new ApiError(404, "unknown_torrent", e.getMessage());
        }
        if (e instanceof TorrentClientException client) {
            return of(client.failure());
        }
        if (e instanceof IllegalArgumentException) {
            // The domain's value records refuse bad input with a readable message.
            return ApiError.badRequest(e.getMessage());
        }
        if (e instanceof HttpResponseException http) {
            return new ApiError(http.getStatus(), codeFor(http.getStatus()), http.getMessage());
        }
        LOG.error("API request failed", e);
        return new ApiError(500, "internal", "something went wrong; the server log has details");
    }

    public static ApiError of(ClientFailure failure) {
        if (failure instanceof ClientFailure.Rejected || failure instanceof ClientFailure.NotFound) {
            return new ApiError(409, "rtorrent_refused", failure.message());
        }
        if (failure instanceof ClientFailure.TimedOut) {
            return new ApiError(504, "rtorrent_timeout", failure.message());
        }
        if (failure instanceof ClientFailure.TooLarge) {
            return new ApiError(413, "rtorrent_request_too_large", failure.message());
        }
        if (failure instanceof ClientFailure.Unreachable) {
            return new ApiError(502, "rtorrent_unreachable", failure.message());
        }
        return new ApiError(502, "rtorrent_protocol_error", failure.message());
    }

    /**
     * A step rTorrent refused alone, as an exception: an unknown hash as the route's "not found",
     * anything else as the failure itself (a 409 for a fault).
     */
    public static void throwIfFailed(Outcome<?> outcome, Supplier<RuntimeException> notFound) {
        if (outcome instanceof Outcome.Failure<?> failure) {
            throw isUnknownHash(failure.failure()) ? notFound.get() : new TorrentClientException(failure.failure());
        }
    }

    /** A step that names no torrent: any failure is the failure itself. */
    public static void throwIfFailed(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Failure<?> failure) {
            throw new TorrentClientException(failure.failure());
        }
    }

    public static boolean isUnknownHash(ClientFailure failure) {
        return failure instanceof ClientFailure.NotFound;
    }

    /** A code for statuses Javalin or Jetty produce on their own (unmatched route, oversized body). */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal" : "error";
        };
    }
}
