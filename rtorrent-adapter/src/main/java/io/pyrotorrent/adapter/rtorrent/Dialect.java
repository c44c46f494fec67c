package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.adapter.rtorrent.codec.RpcCodec;

/** What one connection life with rTorrent speaks: the codec chosen, and the version it reported. */
record Dialect(RpcCodec codec, String version) {

    /** The version of a dialect set without asking (tests that script the wire): never compared. */
    static final String UNKNOWN_VERSION = "unknown";
}
