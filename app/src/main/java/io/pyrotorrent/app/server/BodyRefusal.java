package io.pyrotorrent.app.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A body the {@link BodyGate} will not hand to a route: the status, a code for API callers and one
 * line for a person. The API's error shape for paths under /api, plain text for the pages.
 */
record BodyRefusal(int status, String code, String message, boolean retryLater) {

    static BodyRefusal tooLarge(long bytes, long limit) {
        return new BodyRefusal(
                413,
                "too_large",
                "the body is " + bytes + " bytes; this server takes at most " + limit + " bytes in one request",
                false);
    }

    static BodyRefusal busy(long limit) {
        return new BodyRefusal(
                503,
                "busy",
                "the server is reading too many large bodies at once (" + limit
                        + " bytes of memory are set aside for them); try again in a few seconds",
                true);
    }

    static BodyRefusal tooSlow(long received, long seconds) {
        return new BodyRefusal(
                408, "too_slow", "the body came too slowly: " + received + " bytes in " + seconds + " s", false);
    }

    /** Sends the refusal; the connection closes after it, since the rest of the body is unread. */
    void send(Request request, Response response, boolean json, Callback callback) {
        response.setStatus(status);
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONNECTION, "close");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (retryLater) {
            headers.put(HttpHeader.RETRY_AFTER, "5");
        }
        String body;
        // The messages are our own words and numbers: nothing in them needs JSON escaping.
        if (json) {
            headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}\n";
        } else {
            headers.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            body = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1) + ".\n";
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
