package io.pyrotorrent.adapter.rtorrent.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keeps each round trip under rTorrent's request limit (512 KiB by default, its
 * network.xmlrpc.size_limit; above ~2 MiB it just drops the connection). A request under the
 * limit is ONE chunk, always. A larger one (bulk commands on thousands of torrents, many uploads)
 * is cut between steps into consecutive chunks sent in order, which keeps its meaning since steps
 * run in order anyway. A single step larger than the limit is set apart, to fail alone.
 */
public final class RequestSplitter {

    /** Consecutive step indices sent together, or one step too large to send at all. */
    public record Chunk(List<Integer> steps, boolean tooLarge, long bytes) {}

    /** Bytes of the system.multicall envelope around the entries, with room to spare. */
    static final long ENVELOPE = 512;

    private final long limit;
    private final ToLongFunction<PlannedStep> exactSize;

    public RequestSplitter(long limit, ToLongFunction<PlannedStep> exactSize) {
        this.limit = limit;
        this.exactSize = exactSize;
    }

    public List<Chunk> split(List<PlannedStep> steps) {
        var all = new ArrayList<Integer>();
        for (int i = 0; i < steps.size(); i++) {
            all.add(i);
        }
        // Encoding to measure costs a little; skip it when even a generous estimate fits.
        if (ENVELOPE + steps.stream().mapToLong(RequestSplitter::estimate).sum() <= limit / 2) {
            return List.of(new Chunk(all, false, -1));
        }
        var chunks = new ArrayList<Chunk>();
        var current = new ArrayList<Integer>();
        long currentBytes = ENVELOPE;
        for (int i = 0; i < steps.size(); i++) {
            long size = exactSize.applyAsLong(steps.get(i));
            if (ENVELOPE + size > limit) {
                flush(chunks, current, currentBytes);
                current = new ArrayList<>();
                currentBytes = ENVELOPE;
                chunks.add(new Chunk(List.of(i), true, ENVELOPE + size));
            } else {
                if (currentBytes + size > limit) {
                    flush(chunks, current, currentBytes);
                    current = new ArrayList<>();
                    currentBytes = ENVELOPE;
                }
                current.add(i);
                currentBytes += size;
            }
        }
        flush(chunks, current, currentBytes);
        return chunks;
    }

    private static void flush(List<Chunk> chunks, List<Integer> current, long bytes) {
        if (!current.isEmpty()) {
            chunks.add(new Chunk(List.copyOf(current), false, bytes));
        }
    }

    /** Over-estimates the encoded size: XML-RPC wraps each value in a few tags, base64 adds a third. */
    static long estimate(PlannedStep step) {
        long bytes = 0;
        for (Call call : step.calls()) {
            bytes += 200 + call.method().length();
            for (Object param : call.params()) {
                bytes += 40
                        + (param instanceof byte[] raw
                                ? raw.length * 4L / 3 + 4
                                : 2L * String.valueOf(param).length());
            }
        }
        return bytes;
    }
}
