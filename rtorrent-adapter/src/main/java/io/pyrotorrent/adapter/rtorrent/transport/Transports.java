package io.pyrotorrent.adapter.rtorrent.transport;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Picks the {@link Transport} for a configured URL, and holds what all transports share. */
public final class Transports {

    static final String ACCEPTED_FORMS =
            "scgi://host:port, scgi:///absolute/path.sock, http://host[:port]/path, https://host[:port]/path";

    private Transports() {}

    /**
     * {@code scgi://host:port} is SCGI over TCP, {@code scgi:///abs/path.sock} (no host) SCGI over a
     * unix socket, {@code http://} and {@code https://} an HTTP POST through a web server's SCGI mount.
     */
    public static Transport forUrl(URI url, TransportSettings settings) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(settings, "settings");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String path = url.getPath() == null ? "" : url.getPath();
        if (scheme.equals("scgi")
                && url.getHost() != null
                && url.getPort() > 0
                && (path.isEmpty() || path.equals("/"))) {
            return ScgiTransport.tcp(url.getHost(), url.getPort(), settings, url.toString());
        }
        if (scheme.equals("scgi") && url.getAuthority() == null && path.length() > 1 && path.startsWith("/")) {
            return ScgiTransport.unix(Path.of(path), settings, url.toString());
        }
        if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
            return new HttpTransport(url, settings);
        }
        throw new IllegalArgumentException("unsupported rTorrent URL '" + url + "'; use one of: " + ACCEPTED_FORMS);
    }

    static TorrentClientException protocolError(String detail) {
        return new TorrentClientException(new ClientFailure.ProtocolError(detail));
    }
}
