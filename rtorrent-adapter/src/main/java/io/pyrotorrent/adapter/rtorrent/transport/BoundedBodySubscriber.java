package io.pyrotorrent.adapter.rtorrent.transport;

import io.pyrotorrent.domain.model.TorrentClientException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a 2xx body within the size limit; any other status is answered without its body. */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final HttpResponse.ResponseInfo info;
    private final long limit;
    private final String url;
    private ReplyBody body;
    private volatile Flow.Subscription subscription;

    BoundedBodySubscriber(HttpResponse.ResponseInfo info, long limit, String url) {
        this.info = info;
        this.limit = limit;
        this.url = url;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (info.statusCode() / 100 != 2) {
            subscription.cancel();
            result.complete(new byte[0]);
            return;
        }
        try {
            body = new ReplyBody(info.headers().firstValueAsLong("Content-Length"), limit, url);
        } catch (TorrentClientException e) {
            abort(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> chunks) {
        try {
            if (!append(chunks)) {
                return;
            }
        } catch (TorrentClientException e) {
            abort(e);
            return;
        }
        subscription.request(1);
    }

    /** Locked with {@link #release}: a caller's abort may come while the reading thread appends. */
    private synchronized boolean append(List<ByteBuffer> chunks) {
        if (result.isDone() || body == null) {
            return false;
        }
        chunks.forEach(body::append);
        return true;
    }

    @Override
    public void onError(Throwable error) {
        release();
        result.completeExceptionally(error);
    }

    @Override
    public synchronized void onComplete() {
        if (result.isDone() || body == null) {
            return;
        }
        try {
            result.complete(body.finish());
        } catch (TorrentClientException e) {
            result.completeExceptionally(e);
        } finally {
            release();
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading, from the reading thread or from a caller giving up. */
    void abort(RuntimeException failure) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        release();
        result.completeExceptionally(failure);
    }

    /** Gives the body's memory back, once, whichever way the read ends. */
    private synchronized void release() {
        if (body != null) {
            body.release();
            body = null;
        }
    }
}
