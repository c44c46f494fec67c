package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

/** A reply that is JSON but not the JSON-RPC answer it should be; read as a ProtocolError. */
final class JsonReplyException extends RuntimeException {

    JsonReplyException(String message) {
        super(message, null, false, false);
    }
}
