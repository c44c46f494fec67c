package io.pyrotorrent.app.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Bodies read without a thread blocked on them, so one deadline on the response future covers
 * headers and body alike: a body trickled a byte at a time cannot hold a fetch past it.
 */
final class ResponseBodies {

    /** A body over the cap: the read stops there. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the cap");
        }
    }

    private ResponseBodies() {}

    /** The whole body, or {@link TooLarge} as soon as it passes maxBytes. */
    static BodySubscriber<byte[]> capped(long maxBytes) {
        return new Capped(maxBytes);
    }

    /** For redirects and errors: closes the body unread, however long it would be. */
    static BodySubscriber<byte[]> dropped() {
        return new Capped(-1);
    }

    private static final class Capped implements BodySubscriber<byte[]> {
        private final long maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (maxBytes < 0) {
                subscription.cancel();
                body.complete(new byte[0]);
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return; // cancelled; buffers already on their way may still arrive
            }
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }
    }
}
