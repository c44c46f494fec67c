package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.ClientFailure;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplyBodyTest {

    private static final long LIMIT = 64L * 1024 * 1024;

    @Test
    @DisplayName(
            "a reply that declares 60 MB and sends 10 bytes costs kilobytes, not 60 MB, before it is refused as truncated")
    void bufferGrowsWithTheBytesThatArrive() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);

        ReplyBody body = new ReplyBody(OptionalLong.of(60_000_000), LIMIT, "scgi://x");
        body.append(ByteBuffer.wrap(new byte[10]));
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(allocated).isLessThan(1024 * 1024);
        assertThat(failureOf(body::finish).message()).contains("got 10 of 60000000 bytes");
        body.release();
    }

    @Test
    @DisplayName("a declared body arriving in uneven chunks is returned whole, bytes past the declared length ignored")
    void collectsADeclaredBodyInChunks() {
        byte[] sent = new byte[3_000_001];
        new Random(1).nextBytes(sent);
        ReplyBody body = new ReplyBody(OptionalLong.of(sent.length - 1), LIMIT, "scgi://x");

        for (int at = 0; at < sent.length; at += 65_531) {
            body.append(ByteBuffer.wrap(sent, at, Math.min(65_531, sent.length - at)));
        }

        assertThat(body.isComplete()).isTrue();
        assertThat(body.finish()).isEqualTo(java.util.Arrays.copyOf(sent, sent.length - 1));
        body.release();
    }

    @Test
    @DisplayName("without a declared length the body grows to the limit and is refused past it")
    void undeclaredBodyIsBoundedByTheLimit() {
        ReplyBody body = new ReplyBody(OptionalLong.empty(), 100_000, "scgi://x");
        body.append(ByteBuffer.wrap(new byte[99_000]));

        ClientFailure failure = failureOf(() -> body.append(ByteBuffer.wrap(new byte[2_000])));

        assertThat(failure.message()).contains("over the limit of 100000 bytes");
        body.release();
    }
}
