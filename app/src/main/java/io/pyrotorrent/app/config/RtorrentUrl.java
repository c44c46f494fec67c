package io.pyrotorrent.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URL forms the rTorrent adapter can connect to, checked here so a typo is reported at startup
 * with its line instead of at the first request. Keep in step with the adapter's {@code Transports}.
 */
final class RtorrentUrl {

    static final String EXPECTED = "scgi://host:port, scgi:///path/to.sock or http(s)://host:port/RPC2";

    private RtorrentUrl() {}

    static URI parse(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw notValid(text);
        }
        requireSupported(url);
        return url;
    }

    static URI requireSupported(URI url) {
        String text = url.toString();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean supported = switch (scheme) {
            case "scgi" -> isScgiTcp(url) || isScgiUnixSocket(url);
            case "http", "https" -> url.getHost() != null && (url.getPort() == -1 || isPort(url.getPort()));
            case "" -> throw notValid(text);
            default ->
                throw new IllegalArgumentException(Quoted.of(text) + " has the unsupported scheme "
                        + Quoted.of(url.getScheme()) + "; expected " + EXPECTED);
        };
        if (!supported) {
            throw notValid(text);
        }
        return url;
    }

    private static boolean isScgiTcp(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        return url.getHost() != null
                && isPort(url.getPort())
                && url.getUserInfo() == null
                && (path.isEmpty() || path.equals("/"))
                && url.getQuery() == null
                && url.getFragment() == null;
    }

    private static boolean isScgiUnixSocket(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        return url.getAuthority() == null
                && path.length() > 1
                && path.startsWith("/")
                && url.getQuery() == null
                && url.getFragment() == null;
    }

    private static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
    }

    private static IllegalArgumentException notValid(String text) {
        return new IllegalArgumentException(Quoted.of(text) + " is not a valid URL; expected " + EXPECTED);
    }
}
