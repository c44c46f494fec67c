package io.pyrotorrent.domain.model.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What values a setting takes, and their one text form ("150", "true", "50000-50010",
 * "allow_incoming,try_outgoing"). rTorrent itself takes "bogus" as a port range and -5 peers
 * without complaint (tried on 0.9.8 and 0.16), so every value is checked here, before anything is sent.
 */
public sealed interface SettingKind {

    /** The value's one text form. @throws IllegalArgumentException naming the setting and what it takes */
    String normalize(String key, String text);

    /** A value as rTorrent answered it (Long, Boolean or String), in the same text form. */
    default String text(Object read) {
        return String.valueOf(read);
    }

    /** What a form field hints: "a whole number from 1 to 65535". */
    String takes();

    static SettingKind count(long min, long max) {
        return new Count(min, max);
    }

    static SettingKind flag() {
        return new Flag();
    }

    static SettingKind choice(List<String> choices) {
        return new Choice(List.copyOf(choices));
    }

    static SettingKind flags(List<String> flags) {
        return new Flags(List.copyOf(flags));
    }

    static SettingKind portRange() {
        return new PortRange();
    }

    static SettingKind directory() {
        return new Directory();
    }

    private static IllegalArgumentException bad(String key, String text, String takes) {
        return new IllegalArgumentException(key + " takes " + takes + ", not '" + BoundedKey.shown(text) + "'");
    }

    record Count(long min, long max) implements SettingKind {
        @Override
        public String normalize(String key, String text) {
            try {
                long value = Long.parseLong(text.strip());
                if (value >= min && value <= max) {
                    return Long.toString(value);
                }
            } catch (NumberFormatException e) {
                // Reported below with what the setting takes.
            }
            throw bad(key, text, takes());
        }

        @Override
        public String takes() {
            return "a whole number from " + min + " to " + max;
        }
    }

    record Flag() implements SettingKind {
        @Override
        public String normalize(String key, String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> "true";
                case "false", "no", "off", "0" -> "false";
                default -> throw bad(key, text, takes());
            };
        }

        @Override
        public String takes() {
            return "true or false";
        }
    }

    record Choice(List<String> choices) implements SettingKind {
        @Override
        public String normalize(String key, String text) {
            String value = text.strip().toLowerCase(Locale.ROOT);
            if (choices.contains(value)) {
                return value;
            }
            throw bad(key, text, takes());
        }

        @Override
        public String takes() {
            return "one of " + String.join(", ", choices);
        }
    }

    /** A set of flags, in the declared order; "none" only alone. */
    record Flags(List<String> flags) implements SettingKind {
        @Override
        public String normalize(String key, String text) {
            var given = new LinkedHashSet<String>();
            for (String part : text.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                String flag = flags.stream()
                        .filter(known -> known.equalsIgnoreCase(part))
                        .findFirst()
                        .orElseThrow(() -> bad(key, part, takes()));
                given.add(flag);
            }
            if (given.isEmpty() || (given.contains("none") && given.size() > 1)) {
                throw bad(key, text, takes());
            }
            var ordered = new ArrayList<String>();
            flags.stream().filter(given::contains).forEach(ordered::add);
            return String.join(",", ordered);
        }

        @Override
        public String takes() {
            return "one or more of " + String.join(", ", flags) + " (comma-separated; none only alone)";
        }
    }

    record PortRange() implements SettingKind {
        private static final Pattern RANGE = Pattern.compile("(\\d{1,5})-(\\d{1,5})");

        @Override
        public String normalize(String key, String text) {
            var match = RANGE.matcher(text.strip());
            if (match.matches()) {
                int first = Integer.parseInt(match.group(1));
                int last = Integer.parseInt(match.group(2));
                if (first >= 1 && first <= last && last <= 65_535) {
                    return first + "-" + last;
                }
            }
            throw bad(key, text, takes());
        }

        @Override
        public String takes() {
            return "a port range first-last within 1-65535, first not above last";
        }
    }

    /**
     * An absolute path on rTorrent's side. No quote, control character or leading '~': rTorrent
     * would read them as its own syntax.
     */
    record Directory() implements SettingKind {
        private static final int MAX = 4096;

        @Override
        public String normalize(String key, String text) {
            String path = text.strip();
            if (path.startsWith("/")
                    && path.length() <= MAX
                    && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '"' || c == '\\')
                    && !List.of(path.split("/")).contains("..")) {
                return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            }
            throw bad(key, text, takes());
        }

        @Override
        public String takes() {
            return "an absolute path (starting with /, no .., quotes or control characters)";
        }
    }
}
