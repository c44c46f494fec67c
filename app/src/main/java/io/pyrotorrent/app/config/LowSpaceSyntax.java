package io.pyrotorrent.app.config;

import io.pyrotorrent.domain.model.disk.LowSpaceWarning;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code disk.lowSpaceWarning}: a share of the file system ({@code 5%}, {@code 2.5 %}) or a size
 * with a unit ({@code 50GB}, {@code 500 MiB}, {@code 1TB}); decimal units are powers of 1000 as
 * disks are sold, binary ones (KiB...) powers of 1024.
 */
final class LowSpaceSyntax {

    static final String EXPECTED = "a share like 5% or a size like 50GB (B, KB, MB, GB, TB or KiB, MiB, GiB, TiB)";

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})?)\\s*%");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,3})?)\\s*([a-z]{1,3})");
    private static final Map<String, Long> UNITS = Map.of(
            "b",
            1L,
            "kb",
            1000L,
            "mb",
            1000L * 1000,
            "gb",
            1000L * 1000 * 1000,
            "tb",
            1000L * 1000 * 1000 * 1000,
            "kib",
            1L << 10,
            "mib",
            1L << 20,
            "gib",
            1L << 30,
            "tib",
            1L << 40);

    private LowSpaceSyntax() {}

    static LowSpaceWarning parse(String text) {
        String value = text.strip();
        Matcher percent = PERCENT.matcher(value);
        if (percent.matches()) {
            double share = Double.parseDouble(percent.group(1));
            if (share > 100) {
                throw new IllegalArgumentException(Quoted.of(text) + " is more than 100%; expected " + EXPECTED);
            }
            return new LowSpaceWarning.Percent(share);
        }
        Matcher size = SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (size.matches() && UNITS.containsKey(size.group(2))) {
            BigDecimal bytes = new BigDecimal(size.group(1)).multiply(BigDecimal.valueOf(UNITS.get(size.group(2))));
            if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException(Quoted.of(text) + " is too large; expected " + EXPECTED);
            }
            return new LowSpaceWarning.Bytes(bytes.longValue());
        }
        throw new IllegalArgumentException("expected " + EXPECTED + ", got " + Quoted.of(text));
    }
}
