package io.pyrotorrent.app.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** A request whose body was read whole by the {@link BodyGate}: routes read it from memory. */
final class BufferedRequest extends Request.Wrapper {

    private final byte[] body;
    private final int length;
    private boolean read;

    BufferedRequest(Request request, byte[] body, int length) {
        super(request);
        this.body = body;
        this.length = length;
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public synchronized Content.Chunk read() {
        if (read) {
            return Content.Chunk.EOF;
        }
        read = true;
        return Content.Chunk.from(ByteBuffer.wrap(body, 0, length), true);
    }

    @Override
    public void demand(Runnable demandCallback) {
        demandCallback.run(); // everything is here already
    }

    @Override
    public boolean consumeAvailable() {
        return true;
    }
}
