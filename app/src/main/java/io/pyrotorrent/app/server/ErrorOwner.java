package io.pyrotorrent.app.server;

import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The adapter that answers failures on some paths: {@code owns} tells its paths (below the base
 * path, e.g. "/api/v1/targets"), {@code exception} renders what a route threw and {@code status}
 * an error status no route answered (no route matched). See {@link HttpServer}.
 */
public record ErrorOwner(Predicate<String> owns, ExceptionHandler<Exception> exception, Handler status) {

    public ErrorOwner {
        Objects.requireNonNull(owns, "owns");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(status, "status");
    }

    /** The owner of every path no earlier owner claimed. */
    public static ErrorOwner ofTheRest(ExceptionHandler<Exception> exception, Handler status) {
        return new ErrorOwner(path -> true, exception, status);
    }
}
