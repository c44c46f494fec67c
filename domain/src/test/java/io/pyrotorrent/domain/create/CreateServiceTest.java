package io.pyrotorrent.domain.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Making torrents from real files in a temp dir; jobs run on the calling thread. */
class CreateServiceTest {

    private static final TargetName BOX = TargetName.of("box");
    private static final int PIECE = 16 * 1024;

    @TempDir
    Path disk;

    @TempDir
    Path elsewhere;

    private final InMemoryTorrentClient box = new InMemoryTorrentClient();
    private final Jobs jobs = new Jobs();

    @Test
    void aFolder_becomesATorrentWhoseInfoHashAndPiecesMatchAnIndependentEncoding() throws Exception {
        byte[] a = bytes(20_000, 1);
        byte[] b = bytes(30_000, 2);
        Files.createDirectories(disk.resolve("album/sub"));
        Files.write(disk.resolve("album/sub/b.bin"), b);
        Files.write(disk.resolve("album/a.bin"), a);
        var asked = new NewTorrent(
                "/srv/album",
                List.of(
                        List.of(TrackerUrl.of("http://t.example/announce")),
                        List.of(TrackerUrl.of("udp://u.example:1"))),
                true,
                "made here",
                OptionalInt.of(PIECE),
                false);

        JobId id = service(box).startCreate(Principal.LOCAL, BOX, asked);

        JobStatus job = jobs.find("local", id).orElseThrow();
        CreatedTorrent created = service(box).created(Principal.LOCAL, id).orElse(null);
        CreatedTorrent torrent = createdBy(id);
        assertThat(job.finished()).isTrue();
        assertThat(job.done()).isEqualTo(50_000);
        byte[] all = concat(a, b);
        String info = "d5:filesld6:lengthi20000e4:pathl5:a.bineed6:lengthi30000e4:pathl3:sub5:b.bineee"
                + "4:name5:album12:piece lengthi16384e6:pieces" + (4 * 20) + ":";
        byte[] infoBytes = concat(ascii(info), pieces(all), ascii("7:privatei1ee"));
        InfoHash expected = InfoHash.of(MessageDigest.getInstance("SHA-1").digest(infoBytes));
        assertThat(torrent.hash()).isEqualTo(expected);
        Metainfo parsed = Metainfo.parse(torrent.bytes());
        assertThat(parsed.hash()).isEqualTo(expected);
        assertThat(parsed.trackers()).contains("http://t.example/announce", "udp://u.example:1");
        assertThat(new String(torrent.bytes(), StandardCharsets.ISO_8859_1))
                .contains("7:comment9:made here")
                .contains("13:creation datei1000e");
        assertThat(job.items().get(0).message()).contains("4 pieces of 16 KiB", expected.hex());
        assertThat(created).isNotNull();
    }

    @Test
    void addedToTheTarget_itIsLoadedStartedFromTheParentFolder_andReportedSeeding() throws Exception {
        Files.write(disk.resolve("movie.mkv"), bytes(40_000, 3));
        // The fake does not hash; it says complete once loaded, as rTorrent does after its check.
        TorrentClient checking = request -> {
            var answer = box.send(request);
            box.all().forEach(t -> t.complete(true));
            return answer;
        };

        JobId id = service(checking)
                .startCreate(
                        Principal.LOCAL,
                        BOX,
                        new NewTorrent("/srv/movie.mkv", List.of(), false, "", OptionalInt.empty(), true));

        JobStatus job = jobs.find("local", id).orElseThrow();
        InfoHash hash = createdBy(id).hash();
        Row row = (Row) box.send(Request.of(TorrentQuery.of(hash, TorrentFields.DIRECTORY, TorrentFields.STATE)))
                .outcomes()
                .get(0)
                .orThrow();
        assertThat(row.get(TorrentFields.DIRECTORY)).isEqualTo("/srv");
        assertThat(row.get(TorrentFields.STATE)).isTrue();
        assertThat(job.items().get(1).ok()).isTrue();
        assertThat(job.items().get(1).message()).isEqualTo("added; complete and seeding");
    }

    @Test
    void aSymlinkInsideTheFolder_aPathOutsideTheStorage_andAMissingPath_areRefusedNamingWhy() throws Exception {
        Files.createDirectories(disk.resolve("pack"));
        Files.writeString(disk.resolve("pack/ok.txt"), "ok");
        Files.writeString(elsewhere.resolve("secret"), "no");
        Files.createSymbolicLink(disk.resolve("pack/leak"), elsewhere.resolve("secret"));

        assertThatThrownBy(() -> create("/srv/pack"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path: /srv/pack/leak is a symlink; torrents are made of real files only");
        assertThatThrownBy(() -> create("/srv/../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not inside the target's storage /srv");
        assertThatThrownBy(() -> create("/srv/nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path: /srv/nothing does not exist");
    }

    @Test
    void anotherUsersTarget_answersExactlyLikeAMissingOne() throws Exception {
        Files.writeString(disk.resolve("f"), "f");
        var stranger = new Principal("eve", false, Set.of(TargetName.of("elsewhere")));
        var asked = new NewTorrent("/srv/f", List.of(), false, "", OptionalInt.empty(), false);

        assertThatThrownBy(() -> service(box).startCreate(stranger, BOX, asked))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessage(new UnknownTargetException("box").getMessage());
    }

    @Test
    void aGivenPieceSize_mustBeAPowerOfTwoFrom16KiBTo16MiB_andTheAutomaticOneKeepsTo2048Pieces() {
        assertThatThrownBy(() -> new NewTorrent("/srv/f", List.of(), false, "", OptionalInt.of(100_000), false))
                .hasMessageStartingWith("pieceSize: a power of two");
        assertThat(PieceSize.automatic(1)).isEqualTo(16 * 1024);
        assertThat(PieceSize.automatic(1L << 30)).isEqualTo(512 * 1024);
        assertThat(PieceSize.automatic((1L << 30) + 1)).isEqualTo(1024 * 1024);
        assertThat(PieceSize.automatic(1L << 45)).isEqualTo(16 * 1024 * 1024);
    }

    private void create(String path) {
        service(box)
                .startCreate(
                        Principal.LOCAL, BOX, new NewTorrent(path, List.of(), false, "", OptionalInt.empty(), false));
    }

    private CreateService lastService;

    private CreateService service(TorrentClient client) {
        if (lastService == null) {
            lastService = new CreateService(
                    new Targets(Map.of(BOX, client)),
                    Map.of(BOX, new StorageMapping("/srv", disk)),
                    jobs,
                    Runnable::run,
                    Clock.fixed(Instant.ofEpochSecond(1000), ZoneOffset.UTC));
        }
        return lastService;
    }

    private CreatedTorrent createdBy(JobId id) {
        return lastService.created(Principal.LOCAL, id).orElseThrow();
    }

    private static byte[] pieces(byte[] all) throws Exception {
        var out = new ByteArrayOutputStream();
        for (int at = 0; at < all.length; at += PIECE) {
            out.write(MessageDigest.getInstance("SHA-1")
                    .digest(Arrays.copyOfRange(all, at, Math.min(all.length, at + PIECE))));
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
