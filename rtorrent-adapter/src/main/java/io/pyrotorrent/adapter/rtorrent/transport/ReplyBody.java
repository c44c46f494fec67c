package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.transport.Transports.protocolError;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * One reply body being read, refused as soon as its declared or actual size passes the limit, so
 * an oversized or endless reply never gets buffered whole. The buffer grows as bytes arrive, never
 * past the declared length: a reply that declares 60 MB and sends 10 bytes costs 64 KiB, not 60 MB.
 * Every growth is reserved in {@link ReplyMemory} first; {@link #release} gives it back.
 */
final class ReplyBody {

    static final int INITIAL_CAPACITY = 64 * 1024;

    private final long declaredLength;
    private final long limit;
    private final String source;
    private final ReplyMemory memory;
    private byte[] bytes = new byte[0];
    private long reserved;
    private int size;

    ReplyBody(OptionalLong declaredLength, long limit, String source) {
        this(declaredLength, limit, source, ReplyMemory.SHARED);
    }

    ReplyBody(OptionalLong declaredLength, long limit, String source, ReplyMemory memory) {
        this.declaredLength = declaredLength.orElse(-1);
        this.limit = limit;
        this.source = source;
        this.memory = memory;
        if (this.declaredLength > limit) {
            throw protocolError("reply from " + source + " declares " + this.declaredLength
                    + " bytes, over the limit of " + limit + " bytes");
        }
        grow((int) Math.min(INITIAL_CAPACITY, capacityCap()));
    }

    /** Takes what {@code chunk} holds, up to the declared length; bytes past it are ignored. */
    void append(ByteBuffer chunk) {
        int wanted = chunk.remaining();
        if (declaredLength >= 0) {
            wanted = (int) Math.min(wanted, declaredLength - size);
        } else if (size + (long) wanted > limit) {
            throw protocolError("reply from " + source + " is over the limit of " + limit + " bytes");
        }
        if (size + wanted > bytes.length) {
            grow((int) Math.min(capacityCap(), Math.max(size + (long) wanted, 2L * bytes.length)));
        }
        chunk.get(bytes, size, wanted);
        size += wanted;
    }

    boolean isComplete() {
        return declaredLength >= 0 && size == declaredLength;
    }

    /** The body, after the peer signalled its end; a declared length not reached is a truncation. */
    byte[] finish() {
        if (declaredLength >= 0 && size < declaredLength) {
            throw protocolError(
                    "truncated reply from " + source + ": got " + size + " of " + declaredLength + " bytes");
        }
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    /** Gives the buffer's reservation back; once the body is finished or the read failed. */
    void release() {
        memory.release(reserved);
        reserved = 0;
    }

    private long capacityCap() {
        return declaredLength >= 0 ? declaredLength : limit;
    }

    /** The old and the new buffer both live during the copy: both are reserved until it is done. */
    private void grow(int capacity) {
        if (!memory.reserve(capacity)) {
            throw protocolError("reply from " + source + " stopped after " + size + " bytes: the replies"
                    + " being read (this one included) would need more than the " + memory.budget()
                    + " bytes of memory set aside for them");
        }
        reserved += capacity;
        byte[] grown = Arrays.copyOf(bytes, capacity);
        memory.release(bytes.length);
        reserved -= bytes.length;
        bytes = grown;
    }
}
