package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * A failure as an API caller sees it: an HTTP status, a stable machine-readable code and one line
 * for a person. Thrown anywhere below a route; {@link ErrorMapping} turns everything else into one.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    ApiError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    ApiError(int status, String code, String message, Map<String, String> headers) {
        // No stack trace: these are expected answers, not bugs, and some are thrown per element.
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.headers = Map.copyOf(headers);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The same error with a prefix saying where it happened (an element, a field). */
    ApiError at(String where) {
        return new ApiError(status, code, where + ": " + getMessage(), headers);
    }

    /** {"error": {"code": ..., "message": ...}}: the one error shape of the whole API. */
    ObjectNode body() {
        ObjectNode body = Json.object();
        body.putObject("error").put("code", code).put("message", getMessage());
        return body;
    }
}
