package io.pyrotorrent.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * multipart/form-data bodies, well-formed or broken in one of {@link #MALFORMATIONS} ways that
 * real parsers have tripped on: a missing end, a boundary that does not match, no boundary at
 * all, a part without its header, bare LF line ends, an over-long boundary, an unclosed quote.
 */
final class Multipart {

    static final int MALFORMATIONS = 8;
    private static final String BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

    /** One part; {@code filename} null for a plain field. */
    record Part(String name, String filename, byte[] content) {}

    private Multipart() {}

    /** {@code malformation} 0 is well-formed; 1 to {@link #MALFORMATIONS} each break it one way. */
    static FuzzRequest.Payload encode(List<Part> parts, int malformation, List<String[]> extraHeaders) {
        String boundary = malformation == 7 ? "b".repeat(200) : BOUNDARY;
        String eol = malformation == 6 ? "\n" : "\r\n";
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            write(body, "--" + boundary + eol);
            if (malformation != 4) {
                String quote = malformation == 8 ? "" : "\"";
                write(
                        body,
                        "Content-Disposition: form-data; name=\"" + part.name() + quote
                                + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + eol);
            }
            if (part.filename() != null) {
                write(body, "Content-Type: application/x-bittorrent" + eol);
            }
            write(body, eol);
            body.writeBytes(part.content());
            write(body, eol);
        }
        if (malformation != 1) {
            write(body, "--" + boundary + "--" + eol);
        }
        String type = switch (malformation) {
            case 2 -> "multipart/form-data; boundary=somethingElse";
            case 3 -> "multipart/form-data";
            default -> "multipart/form-data; boundary=" + boundary;
        };
        var headers = new ArrayList<String[]>(extraHeaders);
        headers.add(new String[] {"Content-Type", type});
        return new FuzzRequest.Payload(headers, body.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
