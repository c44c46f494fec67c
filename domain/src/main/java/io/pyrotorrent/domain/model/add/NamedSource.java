package io.pyrotorrent.domain.model.add;

import io.pyrotorrent.domain.model.request.TorrentSource;
import java.util.Objects;

/** A torrent to add and the name the user knows it by (an uploaded file's name, say). */
public record NamedSource(String name, TorrentSource source) {
    public NamedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
