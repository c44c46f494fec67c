package io.pyrotorrent.domain.model.magnet;

import io.pyrotorrent.domain.model.InfoHash;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A torrent as a magnet link with its trackers: {@code magnet:?xt=urn:btih:HASH&dn=NAME&tr=URL...},
 * what ruTorrent, Flood and qBittorrent copy. Only http, https and udp trackers go in; rTorrent
 * lists DHT as a pseudo-tracker ({@code dht://}) that no other client can use.
 */
public record MagnetLink(InfoHash hash, String name, List<String> trackers) {

    public MagnetLink {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        trackers = trackers.stream().filter(MagnetLink::shareable).distinct().toList();
    }

    public String uri() {
        var uri = new StringBuilder("magnet:?xt=urn:btih:").append(hash.hex().toLowerCase(Locale.ROOT));
        if (!name.isEmpty()) {
            uri.append("&dn=").append(encode(name));
        }
        trackers.forEach(tracker -> uri.append("&tr=").append(encode(tracker)));
        return uri.toString();
    }

    private static boolean shareable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("udp://");
    }

    /** Percent-encoding, spaces as %20 (a '+' would be read as a plus in a magnet). */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
