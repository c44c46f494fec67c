package io.pyrotorrent.adapter.web.torrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payload and .torrent downloads from seedbox's storage mapping ("/" on rTorrent's host is the temp dir). */
class DownloadTest {

    @TempDir
    Path storage;

    private RunningWebUi ui;
    private Browser browser;
    private final byte[] content = new byte[1000];

    private InfoHash payload(String name) throws IOException {
        ui = RunningWebUi.withStorage(storage);
        browser = ui.browser();
        Arrays.fill(content, (byte) 'x');
        content[100] = 'A';
        content[999] = 'Z';
        Files.createDirectories(storage.resolve("downloads"));
        Files.write(storage.resolve("downloads").resolve(name), content);
        return ui.seedbox.put(TestTorrent.single(name).metainfo(), true).hash();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aWholeFileIs200WithItsLengthAcceptRangesAndAnAttachmentName() throws IOException {
        var hash = payload("payload.bin");

        var answer = browser.download("target/seedbox/torrent/" + hash.hex() + "/file/0");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(answer.headers().firstValue("Content-Length")).contains("1000");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .startsWith("attachment; filename=\"payload.bin\"");
        assertThat(answer.body()).isEqualTo(content);
    }

    @Test
    void aRangeIs206WithThoseBytesAndAContentRange() throws IOException {
        var hash = payload("payload.bin");

        var middle = browser.download("target/seedbox/torrent/" + hash.hex() + "/file/0", "Range", "bytes=100-199");
        var suffix = browser.download("target/seedbox/torrent/" + hash.hex() + "/file/0", "Range", "bytes=-1");

        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 100-199/1000");
        assertThat(middle.headers().firstValue("Content-Length")).contains("100");
        assertThat(middle.body()).hasSize(100).startsWith((byte) 'A');
        assertThat(suffix.headers().firstValue("Content-Range")).contains("bytes 999-999/1000");
        assertThat(suffix.body()).containsExactly((byte) 'Z');
    }

    @Test
    void aRangePastTheEndIs416NamingTheSize() throws IOException {
        var hash = payload("payload.bin");

        var answer = browser.download("target/seedbox/torrent/" + hash.hex() + "/file/0", "Range", "bytes=1000-");

        assertThat(answer.statusCode()).isEqualTo(416);
        assertThat(answer.headers().firstValue("Content-Range")).contains("bytes */1000");
    }

    @Test
    void aFilePathWithDotDotIsForbidden() throws IOException {
        payload("unused");
        Files.writeString(storage.resolve("outside.txt"), "secret");
        var evil = ui.seedbox
                .put(TestTorrent.multi("evil", Map.of("../outside.txt", 6L)).metainfo(), true)
                .hash();

        var answer = browser.get("target/seedbox/torrent/" + evil.hex() + "/file/0");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("This file is not served").doesNotContain("secret");
    }

    @Test
    void aSymlinkPointingOutsideIsForbidden() throws IOException {
        payload("unused");
        Files.writeString(storage.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(storage.resolve("downloads/link.txt"), storage.resolve("secret.txt"));
        var link =
                ui.seedbox.put(TestTorrent.single("link.txt").metainfo(), true).hash();

        var answer = browser.get("target/seedbox/torrent/" + link.hex() + "/file/0");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("symlink").doesNotContain(">secret<");
    }

    @Test
    void aMissingFileOrAnInstanceWithoutStorageIsA404Page() throws IOException {
        payload("unused");
        var missing = ui.seedbox
                .put(TestTorrent.single("not-yet.bin").metainfo(), true)
                .hash();
        var elsewhere =
                ui.nas.put(TestTorrent.single("on-nas.bin").metainfo(), true).hash();

        var notOnDisk = browser.get("target/seedbox/torrent/" + missing.hex() + "/file/0");
        var noStorage = browser.get("target/nas/torrent/" + elsewhere.hex() + "/file/0");

        assertThat(notOnDisk.statusCode()).isEqualTo(404);
        assertThat(notOnDisk.body()).contains("the file is not on disk (yet)", "pyroTorrent");
        assertThat(noStorage.statusCode()).isEqualTo(404);
        assertThat(noStorage.body()).contains("downloads are off");
    }

    @Test
    void theTorrentFileIsServedUnderTheTorrentsName() throws IOException {
        var hash = payload("payload.bin");
        Files.createDirectories(storage.resolve("session"));
        Files.write(
                storage.resolve("session/" + hash.hex() + ".torrent"),
                TestTorrent.single("payload.bin").bytes());

        var answer = browser.download("target/seedbox/torrent/" + hash.hex() + "/torrent_file");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/x-bittorrent");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("filename=\"payload.bin.torrent\"");
        assertThat(answer.body()).isEqualTo(TestTorrent.single("payload.bin").bytes());
    }

    @Test
    void aStrangersFileNameCannotBreakTheContentDisposition() throws IOException {
        var hash = payload("we\"ird;ü.bin");

        var answer = browser.download("target/seedbox/torrent/" + hash.hex() + "/file/0");

        assertThat(answer.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"we_ird__.bin\"; filename*=UTF-8''we%22ird%3B%C3%BC.bin");
    }
}
