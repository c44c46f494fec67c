package io.pyrotorrent.adapter.rtorrent.transport;

/**
 * One round trip with rTorrent, as bytes: send a request body, get the reply body back. The pipe
 * never reads the bodies; writing and reading them is the codec's job (XML-RPC in {@code codec.xmlrpc},
 * JSON-RPC in {@code codec.jsonrpc}).
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

    /** The media type of an XML-RPC body, which rTorrent also assumes when none is given. */
    String XML = "text/xml";

    /**
     * Sends one request body and returns the body of the reply. {@code contentType} is the only
     * thing the pipe learns about the encoding: rTorrent 0.15.2+ reads a body as JSON-RPC when the
     * SCGI header CONTENT_TYPE (or HTTP's Content-Type, which a web server passes on) says
     * {@code application/json}, and as XML-RPC otherwise.
     */
    byte[] exchange(byte[] body, String contentType);

    /** An XML-RPC exchange. */
    default byte[] exchange(byte[] xmlBody) {
        return exchange(xmlBody, XML);
    }
}
