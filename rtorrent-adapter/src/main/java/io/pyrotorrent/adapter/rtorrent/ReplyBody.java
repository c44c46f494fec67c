package io.pyrotorrent.adapter.rtorrent;

import static io.pyrotorrent.adapter.rtorrent.Transports.protocolError;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * One reply body being read, refused as soon as its declared or actual size passes the limit, so
 * an oversized or endless reply never gets buffered whole. The buffer grows as bytes arrive, never
 * past the declared length: a reply that declares 60 MB and sends 10 bytes costs 64 KiB, not 60 MB.
 */
final class ReplyBody {

    static final int INITIAL_CAPACITY = 64 * 1024;

    private final long declaredLength;
    private final long limit;
    private final String source;
    private byte[] bytes;
    private int size;

    ReplyBody(OptionalLong declaredLength, long limit, String source) {
        this.declaredLength = declaredLength.orElse(-1);
        this.limit = limit;
        this.source = source;
        if (this.declaredLength > limit) {
            throw protocolError("reply from " + source + " declares " + this.declaredLength
                    + " bytes, over the limit of " + limit + " bytes");
        }
        this.bytes = new byte[(int) Math.min(INITIAL_CAPACITY, this.declaredLength >= 0 ? this.declaredLength : limit)];
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
            long ceiling = declaredLength >= 0 ? declaredLength : limit;
            bytes = Arrays.copyOf(bytes, (int) Math.min(ceiling, Math.max(size + wanted, 2L * bytes.length)));
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
            throw protocolError("truncated reply from " + source + ": got " + size + " of "
                    + declaredLength + " bytes");
        }
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
