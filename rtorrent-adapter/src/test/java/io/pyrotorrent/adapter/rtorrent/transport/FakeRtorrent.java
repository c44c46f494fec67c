package io.pyrotorrent.adapter.rtorrent.transport;

import java.net.URI;
import java.util.List;

/**
 * A stand-in for rTorrent on some transport, told how to answer the calls that follow: well,
 * not at all, too slowly, too much, or cut short. Each behaviour applies to every later connection.
 */
interface FakeRtorrent extends AutoCloseable {

    /** The URL to give {@link Transports#forUrl}. */
    URI url();

    /** Answers with this XML-RPC body, correctly framed for the transport. */
    void answerXml(String xml);

    /** Reads the request, then never answers (until closed). */
    void stall();

    /** Sends a valid reply one byte at a time, {@code intervalMillis} apart. */
    void trickle(String xml, long intervalMillis);

    /**
     * Sends a head, then endless filler until the client goes away; with {@code declaredLength}
     * the head announces it, without it the reply has no length.
     */
    void streamEndless(Long declaredLength);

    /** Declares {@code declaredLength} bytes, sends only {@code body}, then closes. */
    void truncate(long declaredLength, String body);

    /** The request bodies received so far, in order. */
    List<byte[]> receivedBodies();

    /** How many bytes of reply the server managed to write so far, across all connections. */
    long bytesWritten();

    @Override
    void close();
}
