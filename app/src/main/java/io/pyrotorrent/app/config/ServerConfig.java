package io.pyrotorrent.app.config;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the web server listens, and how logins behave there.
 *
 * @param basePath      the URL prefix everything is served under, always starting and ending with '/'
 *                      (like {@code /torrent/}) so routes and links can be joined without checking
 * @param sessionIdle   how long a login lasts unused
 * @param secureCookies cookies get the Secure flag even on plain HTTP (TLS ends at a proxy that does not say so)
 * @param behindProxy   a reverse proxy in front: its X-Forwarded-For / -Proto headers are believed, so the
 *                      login throttle sees the real client address and cookies know about HTTPS; only
 *                      with a proxy that sets them, or anyone could pick their own address
 */
public record ServerConfig(
        String host, int port, String basePath, Duration sessionIdle, boolean secureCookies, boolean behindProxy) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BASE_PATH = "/";
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofHours(12);

    static final String EXPECTED_HOST = "a host name or IP address to listen on, like 127.0.0.1, 0.0.0.0 or ::1";
    static final String EXPECTED_PORT = "a port number between 1 and 65535";
    static final String EXPECTED_BASE_PATH =
            "a URL path like /torrent, of letters, digits, '.', '_', '~' or '-' between slashes";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:%-]{1,253}");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

    public ServerConfig {
        requireHost(host);
        requirePort(port);
        basePath = normaliseBasePath(basePath);
        Objects.requireNonNull(sessionIdle, "sessionIdle");
    }

    /** Where and under which path, with the default login behaviour. */
    public ServerConfig(String host, int port, String basePath) {
        this(host, port, basePath, DEFAULT_SESSION_IDLE, false, false);
    }

    /** The same logins and proxy, listening elsewhere (environment overrides). */
    public ServerConfig at(String newHost, int newPort, String newBasePath) {
        return new ServerConfig(newHost, newPort, newBasePath, sessionIdle, secureCookies, behindProxy);
    }

    /** Loopback only, so a first start does not expose an unprotected frontend to the network. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BASE_PATH);
    }

    static String requireHost(String host) {
        Objects.requireNonNull(host, "host");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(Quoted.of(host) + " is not a host; expected " + EXPECTED_HOST);
        }
        return host;
    }

    static int requirePort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("expected " + EXPECTED_PORT + ", got " + port);
        }
        return port;
    }

    /**
     * Accepts {@code torrent}, {@code /torrent} and {@code /torrent/} alike, as users write all three
     * in reverse-proxy setups; refuses what a browser would resolve differently (empty, '.' or '..'
     * segments) or would need escaping.
     */
    static String normaliseBasePath(String basePath) {
        Objects.requireNonNull(basePath, "basePath");
        String trimmed = basePath.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return "/";
        }
        for (String segment : trimmed.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException(
                        Quoted.of(basePath) + " is not a base path; expected " + EXPECTED_BASE_PATH);
            }
        }
        return "/" + trimmed + "/";
    }
}
