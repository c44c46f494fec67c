package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A reply as large as rTorrent's for 20,000 torrents, decoded whole. Speed is measured in the
 * benchmark ({@code it-tests/bin/run-benchmark}), not here; what this pins is deterministic: every
 * row is there, and decoding allocates little beyond the values it returns.
 */
class LargeReplyDecodingTest {

    private static final int TORRENTS = 20_000;

    /** A d.multicall2 reply with rTorrent's shape and 10 fields per row, about 9 MB. */
    static byte[] multicallReply(int torrents) {
        StringBuilder xml = new StringBuilder(torrents * 480);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<methodResponse>\n<params>\n<param><value><array><data>\n");
        for (int i = 0; i < torrents; i++) {
            xml.append("<value><array><data>\n")
                    .append("<value><string>")
                    .append(String.format("%040X", i))
                    .append("</string></value>\n")
                    .append("<value><string>Some.Linux.Distribution.")
                    .append(i)
                    .append(".iso</string></value>\n")
                    .append("<value><i8>")
                    .append(4_700_000_000L + i)
                    .append("</i8></value>\n")
                    .append("<value><i8>")
                    .append(2_350_000_000L + i)
                    .append("</i8></value>\n")
                    .append("<value><i8>")
                    .append(i % 100_000)
                    .append("</i8></value>\n")
                    .append("<value><i8>")
                    .append(i % 50_000)
                    .append("</i8></value>\n")
                    .append("<value><i8>1</i8></value>\n")
                    .append("<value><i8>0</i8></value>\n")
                    .append("<value><i8>")
                    .append(i % 3000)
                    .append("</i8></value>\n")
                    .append("<value><string></string></value>\n")
                    .append("</data></array></value>\n");
        }
        xml.append("</data></array></value></param>\n</params>\n</methodResponse>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a 20,000-torrent d.multicall2 reply decodes completely")
    void decodesEveryRow() {
        byte[] reply = multicallReply(TORRENTS);

        Object[] rows = (Object[]) new XmlRpcCodec(TransportSettings.defaults()).decode(reply);

        assertThat(rows).hasSize(TORRENTS);
        Object[] last = (Object[]) rows[TORRENTS - 1];
        assertThat(last)
                .containsExactly(
                        String.format("%040X", TORRENTS - 1),
                        "Some.Linux.Distribution." + (TORRENTS - 1) + ".iso",
                        4_700_000_000L + TORRENTS - 1,
                        2_350_000_000L + TORRENTS - 1,
                        (long) (TORRENTS - 1) % 100_000,
                        (long) (TORRENTS - 1) % 50_000,
                        1L,
                        0L,
                        (long) (TORRENTS - 1) % 3000,
                        "");
    }

    /**
     * The returned values alone take about 6.5 MB here (per row: two strings, seven uncached Longs,
     * one Object[10]); measured 7.1 MB allocated in all. A SAX-based decoder allocates several
     * times the reply (a parser object and text buffer per value, char[] copies of every tag).
     */
    @Test
    @DisplayName("decoding allocates less than the reply's own size: little beyond the values it returns")
    void allocatesLittleBeyondTheValues() {
        byte[] reply = multicallReply(TORRENTS);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        Object[] rows = (Object[]) MethodResponseDecoder.decode(reply);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(rows).hasSize(TORRENTS);
        assertThat(allocated)
                .as("bytes allocated to decode %,d bytes", reply.length)
                .isLessThan(reply.length);
    }
}
