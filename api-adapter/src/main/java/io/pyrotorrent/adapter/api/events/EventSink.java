package io.pyrotorrent.adapter.api.events;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where one stream's events go, as bytes. Over a real client ({@link #of(SseClient)}) an event is
 * written to the response straight from the bytes it was made in, so streams that share a
 * snapshot share its bytes to the socket. Javalin's {@code sendEvent} reads its data line by line
 * and copies it on the way (the input stream, the line, "data: " and the line, that as bytes):
 * a 2 MB "full" event at 20,000 torrents held 8-10 MB per stream while written, and 20 API streams
 * opening together ran the default 112 MB heap out (the heap dump at the OutOfMemoryError held
 * about twenty 2 MB copies, each in a stream's own frame).
 */
interface EventSink {

    /** One event; {@code json} is one line (compact JSON has no raw line breaks). */
    void event(String name, byte[] json) throws IOException;

    void comment(String text) throws IOException;

    /** False once the client has gone or the stream was closed. */
    boolean open();

    static EventSink of(SseClient client) {
        return new EventSink() {
            private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

            @Override
            public void event(String name, byte[] json) throws IOException {
                OutputStream out = client.ctx().res().getOutputStream();
                out.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.UTF_8));
                out.write(json);
                out.write(END);
                out.flush();
            }

            @Override
            public void comment(String text) throws IOException {
                OutputStream out = client.ctx().res().getOutputStream();
                out.write((": " + text + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }

            @Override
            public boolean open() {
                return !client.terminated();
            }
        };
    }
}
