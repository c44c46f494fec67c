package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.create.CreateService;
import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measuring: creating a torrent of 1 GiB, next to reading the same file without hashing, so the
 * printed numbers say whether hashing keeps up with the disk. Asserts only that the torrent is
 * right; the numbers are for the README and the report, not a pass mark (they depend on the host
 * and on whether the file is still in the page cache, as it is here right after writing).
 */
@Tag("measuring")
@Timeout(300)
class HashingThroughputIT {

    private static final long GIB = 1L << 30;
    private static final TargetName BOX = TargetName.of("box");

    @TempDir
    Path disk;

    @Test
    void oneGibibyte_isHashedIntoACorrectTorrent_andTheSpeedIsPrinted() throws Exception {
        Path file = write(disk.resolve("one.gib"));
        var jobs = new Jobs();
        TorrentClient unused = request -> {
            throw new AssertionError("nothing is added");
        };
        var service = new CreateService(
                new Targets(Map.of(BOX, unused)),
                Map.of(BOX, new StorageMapping("/data", disk)),
                jobs,
                Runnable::run,
                Clock.systemUTC());

        double readMbs = mbPerSecond(GIB, time(() -> readAll(file)));
        JobId[] job = new JobId[1];
        long nanos = time(() -> job[0] = service.startCreate(
                Principal.LOCAL,
                BOX,
                new NewTorrent("/data/one.gib", List.of(), false, "", OptionalInt.empty(), false)));
        double hashMbs = mbPerSecond(GIB, nanos);

        JobStatus status = jobs.find("local", job[0]).orElseThrow();
        Metainfo torrent = Metainfo.parse(
                service.created(Principal.LOCAL, job[0]).orElseThrow().bytes());
        System.out.printf(
                "HashingThroughputIT: 1 GiB read alone %.0f MB/s, hashed into a torrent %.0f MB/s (%d pieces of %d KiB)%n",
                readMbs, hashMbs, GIB / torrent.pieceLength(), torrent.pieceLength() / 1024);
        assertThat(status.done()).isEqualTo(GIB);
        assertThat(torrent.totalLength()).isEqualTo(GIB);
        assertThat(torrent.pieceLength()).isEqualTo(512 * 1024);
    }

    private static Path write(Path file) throws IOException {
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < GIB / block.length; i++) {
                block[0] = (byte) i; // every MiB differs, so no two pieces hash alike
                out.write(block);
            }
        }
        return file;
    }

    private static void readAll(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(4 << 20);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer) > 0) {
                buffer.clear();
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }
}
