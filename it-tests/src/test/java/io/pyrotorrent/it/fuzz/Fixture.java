package io.pyrotorrent.it.fuzz;

import java.util.List;
import java.util.Map;

/**
 * The valid values a fuzzed request may use, from the running rig: the target, the info-hashes
 * of its torrents, the legacy API's attribute names, a .torrent to upload, the CSRF token.
 *
 * <p>URLs and magnets come only from {@link #SAFE_URLS} and {@link #magnet}: IP literals that the
 * server refuses before connecting, and magnets without a tracker (DHT is off), so nothing a fuzz
 * run sends makes pyroTorrent or rTorrent look up a name or open a connection off this machine.
 */
record Fixture(
        String target, List<String> hashes, List<String> legacyAttributes, String torrentBase64, String csrfToken) {

    static final List<String> VIEWS = List.of(
            "main",
            "default",
            "name",
            "started",
            "stopped",
            "complete",
            "incomplete",
            "hashing",
            "seeding",
            "leeching",
            "active");
    static final List<String> ACTIONS =
            List.of("start", "stop", "pause", "resume", "recheck", "erase", "open", "close", "label", "priority");
    static final List<String> STATIC_FILES = List.of("site.css", "live.js");
    static final List<String> SAFE_URLS = List.of(
            "http://127.0.0.1:1/x.torrent",
            "http://10.1.2.3/a.torrent",
            "http://[::1]:1/x",
            "https://192.168.0.1/x.torrent",
            "http://169.254.169.254/latest/meta-data",
            "ftp://127.0.0.1/x",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "not a url",
            "http://");

    /** Valid values for each path placeholder. */
    Map<String, List<String>> placeholders() {
        return Map.ofEntries(
                Map.entry("target", List.of(target)),
                Map.entry("hash", hashes),
                Map.entry("index", List.of("0", "1")),
                Map.entry("view", VIEWS),
                Map.entry("action", ACTIONS),
                Map.entry("file", STATIC_FILES),
                Map.entry("id", List.of("00000000-0000-4000-8000-000000000000")),
                Map.entry("feed", List.of("1", "2")),
                Map.entry("rule", List.of("1")),
                Map.entry("name", List.of("fuzz", "fuzz.slow-1")));
    }

    /** A magnet without a tracker for a made-up hash: rTorrent, with DHT off, never contacts anyone. */
    static String magnet(String hex40) {
        return "magnet:?xt=urn:btih:" + hex40 + "&dn=fuzz";
    }
}
