package io.pyrotorrent.adapter.rtorrent.codec;

import io.pyrotorrent.adapter.rtorrent.plan.Call;
import java.util.List;

/**
 * How calls are written and replies read, apart from the pipe that carries them: XML-RPC (every
 * rTorrent) or JSON-RPC (rTorrent 0.15.2 and later, on the same socket). Values decode alike in
 * both: String, Long, Integer, Double, Boolean, Object[], Map, and a batch answers one entry per
 * call in system.multicall's shape (a one-element array, or a {faultCode, faultString} struct).
 * Implementations hold no per-call state.
 */
public interface RpcCodec {

    /** {@code xmlrpc} or {@code jsonrpc}, as the config and /health spell it. */
    String name();

    /** The media type the transport announces, so rTorrent knows which parser to use. */
    String contentType();

    /** The body of one call; a parameter the encoding cannot carry is an IllegalArgumentException. */
    byte[] encode(String method, Object... params);

    /** The value of a one-call reply; a fault is thrown as its failure, a bad reply as ProtocolError. */
    Object decode(byte[] body);

    /** The body of many calls in one round trip. */
    byte[] encodeBatch(List<Call> calls);

    /** One system.multicall-shaped entry per call, in the order of the calls. */
    Object[] decodeBatch(byte[] body, int calls);

    /** Whether a call's parameters can be written at all (JSON has no binary type). */
    default boolean carries(Call call) {
        return true;
    }
}
