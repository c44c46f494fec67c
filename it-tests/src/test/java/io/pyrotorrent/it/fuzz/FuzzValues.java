package io.pyrotorrent.it.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The raw material of the fuzz: path segments (as they appear on the wire, so %-escapes and their
 * mistakes stay intact) and text values (decoded; encoded when sent). Every generator mixes valid
 * values, near misses of them, a fixed list of known-hostile inputs, and random unicode.
 */
final class FuzzValues {

    /** Path segments known to trip servers: traversal, encoded slashes, NULs, bad escapes, bad UTF-8. */
    static final List<String> HOSTILE_SEGMENTS = List.of(
            "",
            ".",
            "..",
            "%2e%2e",
            "%2E",
            "%2F",
            "a%2Fb",
            "%5C",
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "a%00b",
            "%",
            "%Z",
            "%ZZ",
            "%C3%28",
            "%FF",
            "%C0%AF",
            "%E2%80%AE",
            "%F0%9F%92%A9",
            "\u00fc",
            "\uD83D\uDCA9",
            "%20",
            "+",
            ";x=1",
            "{{7*7}}",
            "%3Cscript%3E",
            "'",
            "%22",
            "%0D%0ASet-Cookie:%20x=1",
            "%0A",
            "%09",
            "a".repeat(5000),
            "%41".repeat(3000),
            "0".repeat(41),
            "-1",
            "2147483648",
            "9".repeat(30),
            "1e3",
            "0x10",
            "NaN",
            "null",
            "~",
            "*",
            "%u0041",
            "%%32%65");

    /** Decoded text known to trip code: NULs, markup, template and lookup syntax, huge and odd unicode. */
    static final List<String> HOSTILE_TEXT = List.of(
            "",
            " ",
            "\u0000",
            "null",
            "../../../../etc/passwd",
            "<script>alert(1)</script>",
            "{{7*7}}",
            "${jndi:ldap://127.0.0.1:1/x}",
            "%s%n%x",
            "'\"; --",
            "\r\nX-Injected: 1",
            "\uD800",
            "\uFEFF",
            "\u202E",
            "\uD83D\uDCA9",
            "a".repeat(10_000),
            "\u00e9".repeat(3000),
            "[",
            "(",
            "*",
            "\\",
            "$(id)",
            "`id`",
            "|id",
            "execute=sh,-c,id",
            "d.erase=",
            "-0",
            "1e400",
            "0x1f",
            " 1 ",
            "9223372036854775808",
            "-9223372036854775809",
            "2147483648");

    static final List<String> NUMBERS =
            List.of("0", "1", "-1", "100", "2147483647", "99999999999999999999", "1.5", "", "abc");

    private FuzzValues() {}

    /** A path segment as sent: mostly from {@code valid}, often a near miss or hostile, sometimes random. */
    static Gen<String> segment(List<String> valid) {
        return Gen.frequency(
                // Mostly valid: a route has up to three placeholders, and one bad one ends the request early.
                Gen.weight(20, Gen.oneOf(valid)),
                Gen.weight(3, nearMiss(valid)),
                Gen.weight(3, Gen.oneOf(HOSTILE_SEGMENTS)),
                Gen.weight(1, Gen.strings(Gen.anyChar(), 0, 40).map(FuzzValues::encode)),
                // Unencoded printable ASCII: '%' and ';' stay raw, so half of these are malformed URIs.
                Gen.weight(1, Gen.strings(Gen.chars('!', '~'), 0, 30).map(s -> s.replaceAll("[/?#]", ""))));
    }

    /** A text value (decoded) for a query parameter, form field or JSON string. */
    static Gen<String> text(List<String> valid) {
        return Gen.frequency(
                Gen.weight(10, Gen.oneOf(valid.isEmpty() ? NUMBERS : valid)),
                Gen.weight(2, Gen.oneOf(NUMBERS)),
                Gen.weight(3, Gen.oneOf(HOSTILE_TEXT)),
                Gen.weight(2, Gen.strings(Gen.anyChar(), 0, 40)),
                Gen.weight(1, Gen.strings(Gen.chars('\u0000', '\u007f'), 0, 300)));
    }

    /** A name for a parameter or field: a known one, or anything. */
    static Gen<String> name(List<String> known) {
        Gen<String> made = Gen.strings(Gen.anyChar(), 1, 20);
        return known.isEmpty()
                ? made
                : Gen.frequency(
                        Gen.weight(5, Gen.oneOf(known)), Gen.weight(1, made), Gen.weight(1, Gen.oneOf(HOSTILE_TEXT)));
    }

    /** Encoded for a URL (or a form); now and then left raw, which may make the URI malformed. */
    static Gen<String> encoded(Gen<String> text) {
        return Gen.frequency(Gen.weight(9, text.map(FuzzValues::encode)), Gen.weight(1, Gen.oneOf(HOSTILE_SEGMENTS)));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Gen<String> nearMiss(List<String> valid) {
        Gen<String> values = Gen.oneOf(valid);
        return random -> nearMiss(values.next(random), random.nextInt(7));
    }

    private static String nearMiss(String v, int how) {
        return switch (how) {
            case 0 -> v.toLowerCase(Locale.ROOT).equals(v) ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
            case 1 -> v.isEmpty() ? "x" : v.substring(1);
            case 2 -> v + "0";
            case 3 -> v + v;
            case 4 -> percentEncodeAll(v);
            case 5 -> v + "%00";
            default -> " " + v;
        };
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
