package io.pyrotorrent.app.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreDiskSpaceTest {

    @TempDir
    Path dir;

    @Test
    void aRealDirectory_hasTheFreeAndTotalBytesOfItsFileSystem() throws IOException {
        var store = Files.getFileStore(dir);

        var usage = new FileStoreDiskSpace().measure(dir).orElseThrow();

        assertThat(usage.totalBytes()).isEqualTo(store.getTotalSpace()).isPositive();
        // Other processes write meanwhile: the same order of magnitude, not the same byte.
        assertThat(usage.freeBytes())
                .isPositive()
                .isCloseTo(store.getUsableSpace(), org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void aMissingDirectoryOrAFile_isNotMeasured() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThat(new FileStoreDiskSpace().measure(dir.resolve("missing"))).isEmpty();
        assertThat(new FileStoreDiskSpace().measure(file)).isEmpty();
    }
}
