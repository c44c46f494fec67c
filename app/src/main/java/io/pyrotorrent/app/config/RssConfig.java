package io.pyrotorrent.app.config;

import java.util.List;

/**
 * RSS feeds: which private address ranges feeds may be read from. Feeds are fetched with the
 * same rules as adding by URL, so a feed on the LAN (a local indexer such as Jackett) needs its
 * range here, e.g. {@code 192.168.1.0/24}; nothing private is reachable otherwise.
 *
 * @param allowPrivate CIDR ranges, checked to be literal ranges when the config is read
 */
public record RssConfig(List<String> allowPrivate) {

    static final String EXPECTED_RANGE = "a CIDR range such as 192.168.1.0/24 or fd00::/8";

    public RssConfig {
        allowPrivate = List.copyOf(allowPrivate);
        allowPrivate.forEach(RssConfig::checkRange);
    }

    public static RssConfig defaults() {
        return new RssConfig(List.of());
    }

    static String checkRange(String cidr) {
        int slash = cidr.indexOf('/');
        boolean v6 = cidr.contains(":");
        if (slash < 1
                || !cidr.substring(0, slash).matches(v6 ? "[0-9A-Fa-f:.]+" : "\\d{1,3}(\\.\\d{1,3}){3}")
                || !cidr.substring(slash + 1).matches("\\d{1,3}")
                || Integer.parseInt(cidr.substring(slash + 1)) > (v6 ? 128 : 32)) {
            throw new IllegalArgumentException("expected " + EXPECTED_RANGE + ", got " + Quoted.of(cidr));
        }
        return cidr;
    }
}
