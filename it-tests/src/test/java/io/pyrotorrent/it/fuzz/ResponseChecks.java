package io.pyrotorrent.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.RawHttp;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every answer to a fuzzed request must satisfy, whatever the input.
 * <ul>
 * <li>No 5xx, except 502 and 504 when the body says rTorrent failed: those are the server's
 * honest "the client behind me failed / was too slow" (both adapters map rTorrent's failures to
 * them), not a crash of its own. Anything else in 5xx (a 500 above all) is a bug.</li>
 * <li>No stack trace or internal class name in the body, unless the request itself carried the
 * same text (an error message may quote the input).</li>
 * <li>Under /api, whatever the app itself answers is JSON (the event stream aside).</li>
 * </ul>
 */
final class ResponseChecks {

    static final Set<Integer> RTORRENT_FAILED = Set.of(502, 504);
    static final List<String> TRACE_MARKERS = List.of(
            "\tat ",
            "Exception",
            "Caused by",
            "Throwable",
            "java.lang.",
            "java.io.",
            "java.util.",
            "jakarta.",
            "org.eclipse.jetty",
            "io.javalin",
            "io.pyrotorrent.",
            "com.fasterxml",
            "org.apache.xmlrpc",
            "NullPointer");

    private ResponseChecks() {}

    static void verify(FuzzRequest request, RawHttp.Response response) {
        String body = response.text();
        int status = response.status();
        assertThat(status < 500
                        || RTORRENT_FAILED.contains(status)
                                && body.toLowerCase(Locale.ROOT).contains("rtorrent"))
                .as("HTTP %d for %s: %s", status, request, shorten(body))
                .isTrue();
        String sent = request.sentText();
        for (String marker : TRACE_MARKERS) {
            assertThat(body.contains(marker) && !sent.contains(marker))
                    .as("'%s' in the body (HTTP %d) for %s: %s", marker.strip(), status, request, shorten(body))
                    .isFalse();
        }
        if (answeredByTheApp(response)
                && isApi(request.target())
                && !response.header("content-type").orElse("").startsWith("text/event-stream")
                && !request.method().equals("HEAD")) {
            assertThat(response.header("content-type").orElse(""))
                    .as("Content-Type of HTTP %d for %s: %s", status, request, shorten(body))
                    .startsWith("application/json");
        }
    }

    /** Every answer of the app's own handlers carries a request id; Jetty's early refusals do not. */
    static boolean answeredByTheApp(RawHttp.Response response) {
        return response.header("x-request-id").isPresent();
    }

    static boolean isApi(String target) {
        return target.equals("/api") || target.startsWith("/api/") || target.startsWith("/api?");
    }

    private static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
