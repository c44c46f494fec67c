package io.pyrotorrent.domain.model.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** Where a new torrent comes from. */
public sealed interface TorrentSource {

    /** The bytes of a .torrent file, sent to rTorrent inside the request (load.raw). */
    record FileBytes(byte[] bytes) implements TorrentSource {
        public FileBytes {
            Objects.requireNonNull(bytes, "bytes");
            if (bytes.length == 0) {
                throw new IllegalArgumentException("a .torrent file cannot be empty");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FileBytes that && Arrays.equals(that.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "FileBytes[" + bytes.length + " bytes]";
        }
    }

    /** A URL of a .torrent file that rTorrent itself fetches (load.normal). */
    record Url(URI uri) implements TorrentSource {
        public Url {
            Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("a torrent URL is http or https, not '" + uri + "'");
            }
        }
    }

    /**
     * A magnet link; rTorrent fetches the metadata from peers. Characters outside printable ASCII
     * (an emoji in dn=, say) are percent-encoded as UTF-8, as URIs want them: raw, some cannot
     * travel in XML-RPC at all and would fail the whole request they are in.
     */
    record Magnet(String uri) implements TorrentSource {
        public Magnet {
            Objects.requireNonNull(uri, "uri");
            uri = asciiOnly(uri);
            if (!uri.startsWith("magnet:?") || !uri.contains("xt=urn:btih:")) {
                throw new IllegalArgumentException("a magnet link starts with 'magnet:?' and names 'xt=urn:btih:...'");
            }
            if (uri.length() > 8192 || uri.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a magnet link is one line of at most 8192 characters");
            }
        }
    }

    private static String asciiOnly(String uri) {
        if (uri.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return uri;
        }
        var out = new StringBuilder(uri.length() + 16);
        uri.codePoints().forEach(c -> {
            if (c > 0x20 && c < 0x7f) {
                out.append((char) c);
            } else if (Character.isWhitespace(c)) {
                out.append((char) 0x20); // kept, so the check below can refuse it by name
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }
}
