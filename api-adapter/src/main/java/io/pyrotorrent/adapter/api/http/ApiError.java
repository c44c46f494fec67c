package io.pyrotorrent.adapter.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * A failure as an API caller sees it: an HTTP status, a stable machine-readable code and one line
 * for a person. Thrown anywhere below a route; {@link ErrorMapping} turns everything else into one.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiError(int status, String code, String message, Map<String, String> headers) {
        // No stack trace: these are expected answers, not bugs, and some are thrown per element.
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.headers = Map.copyOf(headers);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The same error with a prefix saying where it happened (an element, a field). */
    public ApiError at(String where) {
        return new ApiError(status, code, where + ": " + getMessage(), headers);
    }

    /** {"error": {"code": ..., "message": ...}}: the one error shape of the whole API. */
    public ObjectNode body() {
        ObjectNode body = Json.object();
        body.putObject("error").put("code", code).put("message", getMessage());
        return body;
    }
}
