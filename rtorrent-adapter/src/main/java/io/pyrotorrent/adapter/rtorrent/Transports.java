package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/** Picks the {@link Transport} for a configured URL, and holds what all transports share. */
final class Transports {

    static final String ACCEPTED_FORMS =
            "scgi://host:port, scgi:///absolute/path.sock, http://host[:port]/path, https://host[:port]/path";

    private Transports() {
    }

    /**
     * {@code scgi://host:port} is SCGI over TCP, {@code scgi:///abs/path.sock} (no host) SCGI over a
     * unix socket, {@code http://} and {@code https://} an HTTP POST through a web server's SCGI mount.
     */
    static Transport forUrl(URI url, TransportSettings settings) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(settings, "settings");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String path = url.getPath() == null ? "" : url.getPath();
        if (scheme.equals("scgi") && url.getHost() != null && url.getPort() > 0
                && (path.isEmpty() || path.equals("/"))) {
            return ScgiTransport.tcp(url.getHost(), url.getPort(), settings, url.toString());
        }
        if (scheme.equals("scgi") && url.getAuthority() == null && path.length() > 1 && path.startsWith("/")) {
            return ScgiTransport.unix(Path.of(path), settings, url.toString());
        }
        if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
            return new HttpTransport(url, settings);
        }
        throw new IllegalArgumentException(
                "unsupported rTorrent URL '" + url + "'; use one of: " + ACCEPTED_FORMS);
    }

    /**
     * One reply body being read, refused as soon as its declared or actual size passes the limit,
     * so an oversized or endless reply never gets buffered whole.
     */
    static final class ReplyBody {
        private static final int INITIAL_CAPACITY = 64 * 1024;

        private final long declaredLength;
        private final long limit;
        private final String source;
        private byte[] bytes;
        private int size;

        ReplyBody(OptionalLong declaredLength, long limit, String source) {
            this.declaredLength = declaredLength.orElse(-1);
            this.limit = limit;
            this.source = source;
            if (this.declaredLength > limit) {
                throw protocolError("reply from " + source + " declares " + this.declaredLength
                        + " bytes, over the limit of " + limit + " bytes");
            }
            this.bytes = new byte[(int) (this.declaredLength >= 0
                    ? this.declaredLength : Math.min(INITIAL_CAPACITY, limit))];
        }

        /** Takes what {@code chunk} holds, up to the declared length; bytes past it are ignored. */
        void append(ByteBuffer chunk) {
            int wanted = chunk.remaining();
            if (declaredLength >= 0) {
                wanted = (int) Math.min(wanted, declaredLength - size);
            } else if (size + (long) wanted > limit) {
                throw protocolError("reply from " + source + " is over the limit of " + limit + " bytes");
            } else if (size + wanted > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(size + wanted, 2L * bytes.length)));
            }
            chunk.get(bytes, size, wanted);
            size += wanted;
        }

        boolean isComplete() {
            return declaredLength >= 0 && size == declaredLength;
        }

        /** The body, after the peer signalled its end; a declared length not reached is a truncation. */
        byte[] finish() {
            if (declaredLength >= 0 && size < declaredLength) {
                throw protocolError("truncated reply from " + source + ": got " + size + " of "
                        + declaredLength + " bytes");
            }
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }

    static TorrentClientException protocolError(String detail) {
        return new TorrentClientException(new ClientFailure.ProtocolError(detail));
    }
}
