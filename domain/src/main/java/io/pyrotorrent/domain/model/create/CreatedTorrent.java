package io.pyrotorrent.domain.model.create;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.Objects;

/** A finished .torrent file: its name, info-hash and bytes, ready to download. */
public record CreatedTorrent(String name, InfoHash hash, byte[] bytes) {
    public CreatedTorrent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
