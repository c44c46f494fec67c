package io.pyrotorrent.adapter.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class RepliesStreamedTest {

    /** Counts what reaches the client and keeps none of it. */
    private static final class Counting extends ServletOutputStream {
        long bytes;
        int largestWrite;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            largestWrite = Math.max(largestWrite, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
    }

    /** A Context that only answers what a streamed reply uses; anything else fails the test. */
    private static Context context(Counting out) {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "outputStream":
                            return out;
                        case "status", "contentType":
                            return proxy;
                        default:
                            throw new AssertionError("a streamed reply does not call " + method);
                    }
                });
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aLargeAnswer_goesOutInSmallWrites_withoutEverBeingHeldWhole() {
        ArrayNode rows = Json.array();
        for (int i = 0; i < 20_000; i++) {
            rows.addObject().put("get_hash", "%040X".formatted(i)).put("get_size_bytes", 1000L * i);
        }
        var warm = new Counting();
        Replies.jsonStreamed(context(warm), rows); // class loading and the mapper's caches, not counted
        var out = new Counting();

        long before = allocatedByThisThread();
        Replies.jsonStreamed(context(out), rows);
        long allocated = allocatedByThisThread() - before;

        assertThat(out.bytes).isGreaterThan(1_500_000);
        assertThat(out.largestWrite)
                .as("Jackson's buffer, not the whole answer")
                .isLessThanOrEqualTo(64 * 1024);
        assertThat(allocated)
                .as("bytes allocated to write a %,d-byte answer (held whole, it takes twice its size)", out.bytes)
                .isLessThan(out.bytes);
    }
}
