package io.pyrotorrent.domain.model.metainfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.TestTorrent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetainfoTest {

    @Test
    void singleFileTorrent_givesNameLengthTrackerAndTheHashRtorrentComputes() {
        // The same bytes rTorrent 0.9.8 reported as 4B07893A...: name "probe1", 1000 bytes, one piece.
        var torrent = TestTorrent.single("probe1");

        Metainfo metainfo = Metainfo.parse(torrent.bytes());

        assertThat(metainfo.hash().hex()).isEqualTo("4B07893A09D2C0A3896120E1D4829504E91C6867");
        assertThat(metainfo.name()).isEqualTo("probe1");
        assertThat(metainfo.files()).containsExactly(new Metainfo.FileEntry(List.of("probe1"), 1000));
        assertThat(metainfo.trackers()).containsExactly(TestTorrent.TRACKER);
    }

    @Test
    void multiFileTorrent_listsFilesInOrder() {
        var files = new LinkedHashMap<String, Long>();
        files.put("a/b.txt", 100L);
        files.put("c.bin", 40_000L);

        Metainfo metainfo = TestTorrent.multi("multi", files).metainfo();

        assertThat(metainfo.hash().hex()).isEqualTo("9BC867B388B18E1E03C1F64BC0A049ADF4B3FF3C");
        assertThat(metainfo.files())
                .extracting(Metainfo.FileEntry::path)
                .containsExactly(List.of("a", "b.txt"), List.of("c.bin"));
        assertThat(metainfo.totalLength()).isEqualTo(40_100L);
    }

    @Test
    void garbage_isRefusedWithAReason() {
        assertThatThrownBy(() -> Metainfo.parse("not a torrent".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid .torrent file");
        assertThatThrownBy(() -> Metainfo.parse("d4:infod4:name1:xee".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("piece length");
        assertThatThrownBy(() -> Metainfo.parse("999999999:x".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("past the end");
    }

    @Test
    void deepNesting_isRefusedInsteadOfOverflowingTheStack() {
        byte[] deep = ("l".repeat(100_000) + "e".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> Metainfo.parse(deep)).hasMessageContaining("nested deeper");
    }

    @Test
    void aListOfMillionsOfEmptyStrings_isRefusedByCount_beforeItCostsTheHeap() {
        // 3.9 MB of "0:" is ~2 million values: ~100 MB of heap once decoded, the reproduced OOM.
        int values = 2_000_000;
        var bomb = new byte[values * 2 + 2];
        bomb[0] = 'l';
        for (int i = 0; i < values; i++) {
            bomb[1 + 2 * i] = '0';
            bomb[2 + 2 * i] = ':';
        }
        bomb[bomb.length - 1] = 'e';

        assertThatThrownBy(() -> Metainfo.parse(bomb))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than " + Bencode.MAX_ELEMENTS + " elements");
    }

    @Test
    void aTorrentWith40000Files_stillFitsTheElementCount() {
        var files = new LinkedHashMap<String, Long>();
        for (int i = 0; i < 40_000; i++) {
            files.put("f" + i, 1L);
        }
        var torrent = TestTorrent.multi("many", files);

        assertThat(Metainfo.parse(torrent.bytes()).files()).hasSize(40_000);
    }
}
