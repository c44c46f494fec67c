package io.pyrotorrent.adapter.web.torrent;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A single byte range of a download (RFC 9110 section 14): {@code bytes=a-b}, {@code bytes=a-}
 * or {@code bytes=-n}. Anything else (several ranges, other units, nonsense) is ignored and the
 * whole file is sent, which the RFC allows; a well-formed range past the end is unsatisfiable.
 */
record ByteRange(long start, long end) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    /** What a Range header asks of a file of {@code size} bytes. */
    sealed interface Wanted {}

    /** No usable Range header: 200 with the whole file. */
    record Whole() implements Wanted {}

    /** 206 with these bytes. */
    record Part(ByteRange range) implements Wanted {}

    /** 416: the range lies outside the file. */
    record Unsatisfiable() implements Wanted {}

    static Wanted parse(Optional<String> header, long size) {
        if (header.isEmpty()) {
            return new Whole();
        }
        var m = SINGLE.matcher(header.get().strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || size == 0
                        ? new Unsatisfiable()
                        : new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
            if (end < start) {
                return new Whole();
            }
            return start >= size ? new Unsatisfiable() : new Part(new ByteRange(start, Math.min(end, size - 1)));
        } catch (NumberFormatException tooLarge) {
            return new Whole();
        }
    }

    long length() {
        return end - start + 1;
    }

    String contentRange(long size) {
        return "bytes " + start + "-" + end + "/" + size;
    }
}
