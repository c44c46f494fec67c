package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class XmlRpcCodecConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 300;

    @Test
    @Timeout(60)
    @DisplayName("one codec serves concurrent calls: every caller gets its own reply, every call is reported")
    void concurrentCallsDoNotMixUp() throws Exception {
        AtomicInteger reported = new AtomicInteger();
        XmlRpcCodec codec = new XmlRpcCodec(TransportSettings.defaults(), roundTrip -> reported.incrementAndGet());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            long base = thread * 1_000_000L;
            results.add(pool.submit(callsEchoing(codec, base, start)));
        }

        start.countDown();

        try {
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(CALLS_PER_THREAD);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reported).hasValue(THREADS * CALLS_PER_THREAD);
    }

    /** Each call sends a distinct Long; the fake transport echoes it back in the reply. */
    private static Callable<Integer> callsEchoing(XmlRpcCodec codec, long base, CountDownLatch start) {
        return () -> {
            start.await();
            int matched = 0;
            for (long n = base; n < base + CALLS_PER_THREAD; n++) {
                Transport echo = (body, contentType) -> {
                    String request = new String(body, StandardCharsets.UTF_8);
                    String value = request.substring(request.indexOf("<i8>") + 4, request.indexOf("</i8>"));
                    return Replies.value("<array><data><value><i8>" + value + "</i8></value>" + "<value><string>"
                                    + value + "</string></value></data></array>")
                            .getBytes(StandardCharsets.UTF_8);
                };
                Object[] reply = (Object[]) codec.call(echo, "d.echo", n);
                if (reply[0].equals(n) && reply[1].equals(Long.toString(n))) {
                    matched++;
                }
            }
            return matched;
        };
    }
}
