package io.pyrotorrent.it.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The raw material of the fuzz: path segments (as they appear on the wire, so %-escapes and their
 * mistakes stay intact) and text values (decoded; encoded when sent). Every generator mixes valid
 * values, near misses of them, a fixed list of known-hostile inputs, and random unicode.
 */
final class FuzzValues {

    /** Path segments known to trip servers: traversal, encoded slashes, NULs, bad escapes, bad UTF-8. */
    static final List<String> HOSTILE_SEGMENTS = List.of("", ".", "..", "%2e%2e", "%2E", "%2F", "a%2Fb", "%5C",
            "..%2F..%2Fetc%2Fpasswd", "%00", "a%00b", "%", "%Z", "%ZZ", "%C3%28", "%FF", "%C0%AF", "%E2%80%AE",
            "%F0%9F%92%A9", "\u00fc", "\uD83D\uDCA9", "%20", "+", ";x=1", "{{7*7}}", "%3Cscript%3E", "'", "%22",
            "%0D%0ASet-Cookie:%20x=1", "%0A", "%09", "a".repeat(5000), "%41".repeat(3000), "0".repeat(41), "-1",
            "2147483648", "9".repeat(30), "1e3", "0x10", "NaN", "null", "~", "*", "%u0041", "%%32%65");

    /** Decoded text known to trip code: NULs, markup, template and lookup syntax, huge and odd unicode. */
    static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "null", "../../../../etc/passwd",
            "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://127.0.0.1:1/x}", "%s%n%x", "'\"; --",
            "\r\nX-Injected: 1", "\uD800", "\uFEFF", "\u202E", "\uD83D\uDCA9", "a".repeat(10_000),
            "\u00e9".repeat(3000), "[", "(", "*", "\\", "$(id)", "`id`", "|id", "execute=sh,-c,id", "d.erase=",
            "-0", "1e400", "0x1f", " 1 ", "9223372036854775808", "-9223372036854775809", "2147483648");

    static final List<String> NUMBERS = List.of("0", "1", "-1", "100", "2147483647", "99999999999999999999",
            "1.5", "", "abc");

    private FuzzValues() {
    }

    /** A path segment as sent: mostly from {@code valid}, often a near miss or hostile, sometimes random. */
    static Arbitrary<String> segment(List<String> valid) {
        return Arbitraries.frequencyOf(
                // Mostly valid: a route has up to three placeholders, and one bad one ends the request early.
                Tuple.of(20, Arbitraries.of(valid)),
                Tuple.of(3, nearMiss(valid)),
                Tuple.of(3, Arbitraries.of(HOSTILE_SEGMENTS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(FuzzValues::encode)),
                // Unencoded printable ASCII: '%' and ';' stay raw, so half of these are malformed URIs.
                Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').excludeChars('/', '?', '#')
                        .ofMaxLength(30)));
    }

    /** A text value (decoded) for a query parameter, form field or JSON string. */
    static Arbitrary<String> text(List<String> valid) {
        var pool = valid.isEmpty() ? Arbitraries.of(NUMBERS) : Arbitraries.of(valid);
        return Arbitraries.frequencyOf(
                Tuple.of(10, pool),
                Tuple.of(2, Arbitraries.of(NUMBERS)),
                Tuple.of(3, Arbitraries.of(HOSTILE_TEXT)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().ascii().ofMaxLength(300)));
    }

    /** A name for a parameter or field: a known one, or anything. */
    static Arbitrary<String> name(List<String> known) {
        return known.isEmpty() ? Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
                : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(known)),
                        Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(20)),
                        Tuple.of(1, Arbitraries.of(HOSTILE_TEXT)));
    }

    /** Encoded for a URL (or a form); now and then left raw, which may make the URI malformed. */
    static Arbitrary<String> encoded(Arbitrary<String> text) {
        return Arbitraries.frequencyOf(Tuple.of(9, text.map(FuzzValues::encode)),
                Tuple.of(1, Arbitraries.of(HOSTILE_SEGMENTS)));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Arbitrary<String> nearMiss(List<String> valid) {
        return Combinators.combine(Arbitraries.of(valid), Arbitraries.integers().between(0, 6)).as((v, how) -> switch (how) {
            case 0 -> v.toLowerCase(Locale.ROOT).equals(v) ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
            case 1 -> v.isEmpty() ? "x" : v.substring(1);
            case 2 -> v + "0";
            case 3 -> v + v;
            case 4 -> percentEncodeAll(v);
            case 5 -> v + "%00";
            default -> " " + v;
        });
    }

    /** Every byte as %XX: a valid, if unusual, spelling of the same segment. */
    private static String percentEncodeAll(String value) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
