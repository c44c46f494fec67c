package io.pyrotorrent.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** One generated request; {@link #describe} prints it whole (the body shortened) when it fails. */
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
        return target
                + headers.stream().map(h -> h[0] + ": " + h[1]).collect(Collectors.joining("\n"))
                + new String(body, StandardCharsets.UTF_8);
    }

    /** Method, the whole target and every header, one per line, and the body's start. */
    String describe() {
        return "request: " + method + " " + visible(target)
                + headers.stream()
                        .map(h -> "\n  " + h[0] + ": " + visible(h[1]))
                        .collect(Collectors.joining()) + "\nbody (" + body.length + " bytes): "
                + shorten(new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return method + " " + shorten(target) + " "
                + headers.stream().map(h -> h[0] + ": " + shorten(h[1])).collect(Collectors.joining("; ", "[", "]"))
                + " body(" + body.length + " bytes): "
                + shorten(new String(body, StandardCharsets.UTF_8));
    }

    /** Control characters as \\uXXXX, so a CR or NUL in a header shows as what it is. */
    private static String visible(String text) {
        var out = new StringBuilder();
        text.chars()
                .forEach(
                        c -> out.append(Character.isISOControl(c) ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
        return printable.length() <= 300 ? printable : printable.substring(0, 300) + "...(" + printable.length() + ")";
    }
}
