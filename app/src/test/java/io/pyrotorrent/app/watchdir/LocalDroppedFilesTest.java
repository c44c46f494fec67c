package io.pyrotorrent.app.watchdir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.watchdir.DroppedFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDroppedFilesTest {

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private final LocalDroppedFiles files = new LocalDroppedFiles();

    @Test
    void onlyRegularTorrentFilesDirectlyInTheFolder_areListed_neverLinksOrFolders() throws Exception {
        Files.writeString(dir.resolve("b.torrent"), "x");
        Files.writeString(dir.resolve("A.TORRENT"), "xy");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createDirectory(dir.resolve("folder.torrent"));
        Files.writeString(outside.resolve("secret.torrent"), "s");
        Files.createSymbolicLink(dir.resolve("link.torrent"), outside.resolve("secret.torrent"));
        Files.createDirectory(dir.resolve("loaded"));
        Files.writeString(dir.resolve("loaded").resolve("old.torrent"), "x");

        assertThat(files.list(dir.toString())).extracting(DroppedFile::name).containsExactly("A.TORRENT", "b.torrent");
        assertThat(files.list(dir.toString()).get(0).size()).isEqualTo(2);
    }

    @Test
    void aLinkSwappedInAfterTheListing_isNotRead() throws Exception {
        Files.writeString(outside.resolve("secret.torrent"), "s");
        Files.createSymbolicLink(dir.resolve("link.torrent"), outside.resolve("secret.torrent"));

        assertThatThrownBy(() -> files.read(dir.toString(), "link.torrent", 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot be read");
    }

    @Test
    void aFileOverTheLimit_isRefusedWithItsLimit() throws Exception {
        Files.write(dir.resolve("big.torrent"), new byte[101]);

        assertThatThrownBy(() -> files.read(dir.toString(), "big.torrent", 100)).hasMessage("larger than 100 bytes");
        assertThat(files.read(dir.toString(), "big.torrent", 101)).hasSize(101);
    }

    @Test
    void movesGoIntoLoadedAndFailed_neverReplaceAFile_andAFailureSaysWhy() throws Exception {
        Files.writeString(dir.resolve("a.torrent"), "one");
        files.moveToLoaded(dir.toString(), "a.torrent");
        Files.writeString(dir.resolve("a.torrent"), "two");
        files.moveToLoaded(dir.toString(), "a.torrent");
        Files.writeString(dir.resolve("bad.torrent"), "junk");

        files.moveToFailed(dir.toString(), "bad.torrent", "not a .torrent file");

        assertThat(dir.resolve("loaded/a.torrent")).hasContent("one");
        assertThat(dir.resolve("loaded/a-1.torrent")).hasContent("two");
        assertThat(dir.resolve("failed/bad.torrent")).hasContent("junk");
        assertThat(dir.resolve("failed/bad.torrent.reason")).hasContent("not a .torrent file");
        assertThat(files.exists(dir.toString(), "a.torrent")).isFalse();
    }

    @Test
    void aLoadedFolderThatIsALink_isRefused_andNothingIsMovedOutside() throws Exception {
        Files.createSymbolicLink(dir.resolve("loaded"), outside);
        Files.writeString(dir.resolve("a.torrent"), "one");

        assertThat(files.problem(dir.toString()))
                .hasValueSatisfying(p -> assertThat(p).contains("loaded is not a directory"));
        assertThatThrownBy(() -> files.moveToLoaded(dir.toString(), "a.torrent"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(outside).isEmptyDirectory();
        assertThat(dir.resolve("a.torrent")).exists();
    }

    @Test
    void aMissingDirectoryOrAFile_isNamedAsTheProblem() throws Exception {
        Files.writeString(dir.resolve("plain"), "x");

        assertThat(files.problem(dir.resolve("nope").toString())).hasValue(dir.resolve("nope") + " does not exist");
        assertThat(files.problem(dir.resolve("plain").toString()))
                .hasValue(dir.resolve("plain") + " is not a directory");
        assertThat(files.problem(dir.toString())).isEmpty();
    }

    @Test
    void aNameWithAPath_isNeverTouched() {
        assertThatThrownBy(() -> files.read(dir.toString(), "../x.torrent", 10))
                .hasMessageContaining("not a file name");
    }
}
