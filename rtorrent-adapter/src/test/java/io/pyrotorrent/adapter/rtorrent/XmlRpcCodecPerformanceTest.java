package io.pyrotorrent.adapter.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class XmlRpcCodecPerformanceTest {

    private static final int TORRENTS = 20_000;

    /** A d.multicall2 reply with rTorrent's shape and 10 fields per row, about 9 MB. */
    static byte[] multicallReply(int torrents) {
        StringBuilder xml = new StringBuilder(torrents * 480);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<methodResponse>\n<params>\n<param><value><array><data>\n");
        for (int i = 0; i < torrents; i++) {
            xml.append("<value><array><data>\n")
                    .append("<value><string>").append(String.format("%040X", i)).append("</string></value>\n")
                    .append("<value><string>Some.Linux.Distribution.").append(i).append(".iso</string></value>\n")
                    .append("<value><i8>").append(4_700_000_000L + i).append("</i8></value>\n")
                    .append("<value><i8>").append(2_350_000_000L + i).append("</i8></value>\n")
                    .append("<value><i8>").append(i % 100_000).append("</i8></value>\n")
                    .append("<value><i8>").append(i % 50_000).append("</i8></value>\n")
                    .append("<value><i8>1</i8></value>\n")
                    .append("<value><i8>0</i8></value>\n")
                    .append("<value><i8>").append(i % 3000).append("</i8></value>\n")
                    .append("<value><string></string></value>\n")
                    .append("</data></array></value>\n");
        }
        xml.append("</data></array></value></param>\n</params>\n</methodResponse>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(30)
    @DisplayName("a 20,000-torrent d.multicall2 reply decodes in well under a second once warm")
    void decodesLargeRepliesQuickly() {
        XmlRpcCodec codec = new XmlRpcCodec(TransportSettings.defaults());
        byte[] reply = multicallReply(TORRENTS);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            codec.decode(reply);
        }

        long start = System.nanoTime();
        Object[] rows = (Object[]) codec.decode(reply);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(rows).hasSize(TORRENTS);
        assertThat(((Object[]) rows[TORRENTS - 1])[2]).isEqualTo(4_700_000_000L + TORRENTS - 1);
        assertThat(elapsed).as("decoding %d bytes", reply.length).isLessThan(Duration.ofSeconds(2));
    }
}
