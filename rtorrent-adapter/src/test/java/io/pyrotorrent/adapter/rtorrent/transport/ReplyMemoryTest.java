package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.ClientFailure;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A reply's buffer takes memory only as bytes arrive, and never more than the shared budget allows. */
class ReplyMemoryTest {

    private static final int MIB = 1024 * 1024;
    private static final long LIMIT = 64L * MIB;
    private final ReplyMemory memory = new ReplyMemory(MIB);

    @Test
    void anEndlessReply_stopsAtTheMemoryBudget_andGivesItBack() {
        var body = new ReplyBody(OptionalLong.empty(), LIMIT, "scgi://hostile", memory);

        ClientFailure failure = failureOf(() -> {
            for (int i = 0; i < 1024; i++) {
                body.append(ByteBuffer.wrap(new byte[64 * 1024]));
            }
        });
        long heldAtFailure = memory.held();
        body.release();

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("scgi://hostile", "set aside");
        assertThat(heldAtFailure).isLessThanOrEqualTo(MIB);
        assertThat(memory.held()).isZero();
    }

    @Test
    void aDeclaredLength_isNotAllocatedBeforeItsBytesArrive() {
        var body = new ReplyBody(OptionalLong.of(50L * MIB), LIMIT, "scgi://liar", memory);

        body.append(ByteBuffer.wrap(new byte[10]));

        assertThat(memory.held()).isLessThanOrEqualTo(64 * 1024);
        body.release();
    }

    @Test
    void aCompleteReply_comesBackWhole_andItsMemoryReturns() {
        byte[] sent = new byte[300 * 1024];
        new java.util.Random(1).nextBytes(sent);
        var body = new ReplyBody(OptionalLong.of(sent.length), LIMIT, "scgi://fine", memory);

        for (int at = 0; at < sent.length; at += 50_000) {
            body.append(ByteBuffer.wrap(sent, at, Math.min(50_000, sent.length - at)));
        }
        byte[] received = body.finish();
        body.release();

        assertThat(body.isComplete()).isTrue();
        assertThat(received).isEqualTo(sent);
        assertThat(memory.held()).isZero();
    }

    @Test
    void twoRepliesShareOneBudget() {
        var first = new ReplyBody(OptionalLong.empty(), LIMIT, "scgi://one", memory);
        first.append(ByteBuffer.wrap(new byte[600 * 1024]));

        var second = new ReplyBody(OptionalLong.empty(), LIMIT, "scgi://two", memory);
        ClientFailure failure = failureOf(() -> second.append(ByteBuffer.wrap(new byte[600 * 1024])));
        first.release();
        second.release();

        assertThat(failure.message()).contains("scgi://two", "set aside");
        assertThat(memory.held()).isZero();
    }
}
