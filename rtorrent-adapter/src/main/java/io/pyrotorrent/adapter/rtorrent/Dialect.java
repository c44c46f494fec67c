package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.adapter.rtorrent.codec.RpcCodec;

/** What one connection life with rTorrent speaks: the codec chosen, and the version it reported. */
record Dialect(RpcCodec codec, String version) {}
