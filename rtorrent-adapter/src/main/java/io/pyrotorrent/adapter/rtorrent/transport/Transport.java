package io.pyrotorrent.adapter.rtorrent.transport;

/**
 * One round trip with rTorrent, as bytes: send a request body, get the reply body back. The pipe
 * never reads the bodies; writing and reading them is the codec's job (today XML-RPC, in
 * {@code codec.xmlrpc}), so another encoding can come beside it without touching a transport.
 *
 * <p>rTorrent closes the connection after each reply, so every call opens its own connection;
 * there is no pooling and no keep-alive. Implementations are safe for concurrent calls.
 *
 * <p>Failures are thrown as {@link io.pyrotorrent.domain.model.TorrentClientException} with
 * {@code Unreachable} (nobody listening, no socket file, unknown host; for SCGI also a connection
 * reset mid-call), {@code TimedOut} (connect or whole-call deadline passed) or {@code ProtocolError}
 * (truncated, oversized or non-200 reply).
 */
public interface Transport {

    /** Sends one XML-RPC request body and returns the XML body of the reply. */
    byte[] exchange(byte[] xmlBody);
}
