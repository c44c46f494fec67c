package io.pyrotorrent.app.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One body on its way in: read as Jetty says bytes are there (no thread waits), into memory taken
 * from the shared budget, against the whole-body deadline. Ends exactly once: handed to the route,
 * refused (after reading and dropping the rest, so the client sees the answer and not a reset),
 * cut off at the deadline, or broken off by the client (one INFO line, no stack trace).
 */
final class BodyRead {

    private static final Logger LOG = LoggerFactory.getLogger(BodyRead.class);

    private final BodyGate gate;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long started = System.nanoTime();
    private final AtomicBoolean ended = new AtomicBoolean();
    private byte[] buffer = new byte[0];
    private volatile long received;
    /** Body bytes whose cost is reserved in the gate's memory; given back once, at the end. */
    private long reserved;

    private BodyRefusal refusal;
    /** The pending deadline check: cancelled when the body ends, so it does not keep the body alive. */
    private volatile Scheduler.Task deadlineCheck;

    BodyRead(BodyGate gate, Request request, Response response, Callback callback) {
        this.gate = gate;
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    void start() {
        long declared = request.getLength();
        long largest = Math.min(BodyGate.MAX_BODY_BYTES, gate.memory().largestBody());
        if (declared > BodyGate.MAX_BODY_BYTES) {
            // Not even read: a client declaring more than any route takes gets its answer at once.
            end(() -> refuse(BodyRefusal.tooLarge(declared, largest)));
            return;
        }
        if (declared > largest) {
            refusal = BodyRefusal.tooLarge(declared, largest);
        } else if (declared > 0) {
            if (!reserve(declared)) {
                refusal = BodyRefusal.busy(gate.memory().largestBody());
            } else {
                buffer = new byte[(int) declared];
            }
        }
        schedule(gate.deadline().allowedFor(0));
        read();
    }

    private void read() {
        while (!ended.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this::read);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                end(() -> {
                    LOG.info(
                            "request body broken off after {} bytes: {} {} from {}: {}",
                            received,
                            request.getMethod(),
                            Request.getPathInContext(request),
                            Request.getRemoteAddr(request),
                            failure.toString());
                    callback.failed(failure);
                });
                return;
            }
            boolean last = chunk.isLast();
            keep(chunk.getByteBuffer());
            chunk.release();
            if (last) {
                end(this::finish);
                return;
            }
        }
    }

    private void keep(ByteBuffer bytes) {
        int length = bytes.remaining();
        long total = received + length;
        if (refusal == null && total > buffer.length) {
            grow(total);
        }
        if (refusal == null) {
            bytes.get(buffer, (int) received, length);
        }
        received = total;
    }

    /** A body of no declared length (chunked): the buffer grows, and its cost with it. */
    private void grow(long needed) {
        long largest = Math.min(BodyGate.MAX_BODY_BYTES, gate.memory().largestBody());
        if (needed > largest) {
            refusal = BodyRefusal.tooLarge(needed, largest);
            return;
        }
        long capacity = Math.min(largest, Math.max(needed, Math.max(64 * 1024, 2L * buffer.length)));
        if (!reserve(capacity - buffer.length)) {
            refusal = BodyRefusal.busy(gate.memory().largestBody());
            return;
        }
        buffer = Arrays.copyOf(buffer, (int) capacity);
    }

    private void finish() {
        if (refusal != null) {
            refuse(refusal);
            return;
        }
        var buffered = new BufferedRequest(request, buffer, (int) received);
        // The route holds the bytes now; this read (kept by the scheduler until its check is
        // cancelled) must not: with the check holding it, every body stayed on the heap for its
        // whole deadline (minutes for megabytes), and the fuzz run ran the heap out.
        buffer = new byte[0];
        gate.dispatch(buffered, response, Callback.from(callback, this::release));
    }

    private void refuse(BodyRefusal refusal) {
        release();
        refusal.send(request, response, gate.isApi(request), callback);
    }

    /** The deadline check: a body still coming when its time is up is answered 408 and closed. */
    private void schedule(Duration delay) {
        Scheduler scheduler = request.getComponents().getScheduler();
        deadlineCheck = scheduler.schedule(this::checkDeadline, Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void checkDeadline() {
        if (ended.get()) {
            return;
        }
        long seen = received;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Duration allowed = gate.deadline().allowedFor(seen);
        if (elapsed.compareTo(allowed) < 0) {
            schedule(allowed.minus(elapsed));
            return;
        }
        end(() -> {
            LOG.info(
                    "request body came too slowly: {} bytes in {} s, cut off: {} {} from {}",
                    seen,
                    elapsed.toSeconds(),
                    request.getMethod(),
                    Request.getPathInContext(request),
                    Request.getRemoteAddr(request));
            refuse(BodyRefusal.tooSlow(seen, elapsed.toSeconds()));
        });
    }

    private synchronized boolean reserve(long bytes) {
        if (!gate.memory().reserve(bytes)) {
            return false;
        }
        reserved += bytes;
        return true;
    }

    private synchronized void release() {
        gate.memory().release(reserved);
        reserved = 0;
    }

    /** Runs {@code ending} if this is the first end of this body; every later one is dropped. */
    private void end(Runnable ending) {
        if (ended.compareAndSet(false, true)) {
            Scheduler.Task check = deadlineCheck;
            if (check != null) {
                check.cancel();
            }
            ending.run();
        }
    }
}
