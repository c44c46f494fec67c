package io.pyrotorrent.app.config;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.TargetName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One rTorrent instance: either one running elsewhere, reached at {@code url}, or one pyroTorrent
 * starts itself ({@code managed}); exactly one of the two.
 *
 * @param timeout the whole-call deadline for one round trip with this instance
 * @param storage where this instance's downloads are readable here, if they are
 * @param rpc     the encoding to speak: {@code auto} (JSON-RPC where rTorrent offers it, asked once
 *                per connection life), or {@code xmlrpc} / {@code jsonrpc} forced
 * @param mirror whether lists and overviews read a live mirror of this instance (the default)
 *     rather than asking rTorrent for every field of every torrent on each read; {@code false}
 *     brings back the behaviour before the mirror, for comparison or a misbehaving rTorrent
 * @param changeCount whether the mirror may set up its change count in this rTorrent (a value and a
 *     handler on its insert and erase events, in its memory only; the default); {@code false}: it
 *     never touches rTorrent's commands or events and looks for torrents added elsewhere every 7.5 s
 */
public record TargetConfig(
        TargetName name,
        Optional<URI> url,
        Optional<ManagedConfig> managed,
        Duration timeout,
        Optional<StorageConfig> storage,
        RtorrentClient.Rpc rpc,
        boolean mirror,
        boolean changeCount) {

    static final String EXPECTED_ONE_CONNECTION =
            "exactly one of url (an rTorrent you run) or managed (one pyroTorrent starts, with a dir)";

    public TargetConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(managed, "managed");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(rpc, "rpc");
        if (url.isPresent() == managed.isPresent()) {
            throw new IllegalArgumentException("target " + name + ": expected " + EXPECTED_ONE_CONNECTION);
        }
        url.ifPresent(RtorrentUrl::requireSupported);
        TimeoutSyntax.requireValid(timeout, timeout.toString());
    }

    /** A target that lets pyroTorrent pick the encoding ({@code rpc: auto}) and reads through its mirror: the defaults. */
    public TargetConfig(
            TargetName name,
            Optional<URI> url,
            Optional<ManagedConfig> managed,
            Duration timeout,
            Optional<StorageConfig> storage) {
        this(name, url, managed, timeout, storage, RtorrentClient.Rpc.AUTO, true, true);
    }

    /** An rTorrent reached at {@code url}, with the default timeout and no storage mapping. */
    public static TargetConfig remote(TargetName name, URI url) {
        return new TargetConfig(
                name, Optional.of(url), Optional.empty(), TransportSettings.DEFAULT_READ_TIMEOUT, Optional.empty());
    }

    /** An rTorrent pyroTorrent runs in {@code dir}, with default ports, timeout and no DHT. */
    public static TargetConfig managed(TargetName name, Path dir) {
        return new TargetConfig(
                name,
                Optional.empty(),
                Optional.of(ManagedConfig.in(dir)),
                TransportSettings.DEFAULT_READ_TIMEOUT,
                Optional.empty());
    }

    /** The configured timeout bounds a whole call; connecting and size limits keep their defaults. */
    public TransportSettings transportSettings() {
        TransportSettings defaults = TransportSettings.defaults();
        return new TransportSettings(
                defaults.connectTimeout(), timeout, defaults.maxResponseBytes(), defaults.maxRequestBytes());
    }
}
