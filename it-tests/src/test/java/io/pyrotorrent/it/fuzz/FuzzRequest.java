package io.pyrotorrent.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** One generated request, printed readably (long parts shortened) when jqwik reports a failure. */
record FuzzRequest(String method, String target, List<String[]> headers, byte[] body) {

    /** Headers and body; the path and method come from elsewhere. */
    record Payload(List<String[]> headers, byte[] body) {

        static final Payload EMPTY = new Payload(List.of(), new byte[0]);

        Payload with(List<String[]> more) {
            var all = new java.util.ArrayList<>(headers);
            all.addAll(more);
            return new Payload(all, body);
        }
    }

    FuzzRequest(String method, String target, Payload payload) {
        this(method, target, payload.headers(), payload.body());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything the client sent, to tell an echo of its own input from a leak. */
    String sentText() {
        return target + headers.stream().map(h -> h[0] + ": " + h[1]).collect(Collectors.joining("\n"))
                + new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + shorten(target) + " " + headers.stream().map(h -> h[0] + ": " + shorten(h[1]))
                .collect(Collectors.joining("; ", "[", "]")) + " body(" + body.length + " bytes): "
                + shorten(new String(body, StandardCharsets.UTF_8));
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
        return printable.length() <= 300 ? printable : printable.substring(0, 300) + "...(" + printable.length() + ")";
    }
}
