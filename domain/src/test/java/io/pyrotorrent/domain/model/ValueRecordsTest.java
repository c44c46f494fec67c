package io.pyrotorrent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueRecordsTest {

    @Test
    void infoHash_isNormalisedToUpperCase() {
        assertThat(InfoHash.of("ab".repeat(20)).hex()).isEqualTo("AB".repeat(20));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
                "0123456789abcdef0123456789abcdef012345678"
            })
    void infoHash_refusesAnythingButFortyHexCharacters(String text) {
        assertThatThrownBy(() -> InfoHash.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40 hexadecimal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a b", "a/b", "../x"})
    void targetName_refusesNamesThatAreNotUrlSafe(String text) {
        assertThatThrownBy(() -> TargetName.of(text)).hasMessageContaining("target name");
    }

    @Test
    void viewName_readsEmptyAsTheDefaultView() {
        assertThat(ViewName.of("")).isEqualTo(ViewName.DEFAULT);
        assertThatThrownBy(() -> ViewName.of("a;b")).hasMessageContaining("view name");
    }

    @Test
    void label_isStrippedAndBounded() {
        assertThat(Label.of("  tv  ").value()).isEqualTo("tv");
        assertThatThrownBy(() -> Label.of("x".repeat(129))).hasMessageContaining("at most 128");
        assertThatThrownBy(() -> Label.of("a\nb")).hasMessageContaining("control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/dir", "/a,b", "/a;execute=rm", "/a/../etc", "/a\"b", "/$(x)"})
    void downloadDirectory_refusesWhatRtorrentsCommandParserWouldRead(String path) {
        assertThatThrownBy(() -> DownloadDirectory.of(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateLimits_areBetweenZeroAndTwoToTheThirty() {
        assertThat(new Command.SetGlobalUpLimit(0).bytesPerSecond()).isZero();
        assertThatThrownBy(() -> new Command.SetGlobalUpLimit(-1)).hasMessageContaining("rate limit");
        assertThatThrownBy(() -> new Command.SetGlobalDownLimit((1L << 30) + 1)).hasMessageContaining("rate limit");
    }

    @Test
    void torrentSources_refuseOtherSchemesAndMalformedMagnets() {
        assertThatThrownBy(() -> new TorrentSource.Url(URI.create("file:///etc/passwd")))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> new TorrentSource.Magnet("magnet:?dn=x")).hasMessageContaining("xt=urn:btih:");
        assertThatThrownBy(() -> new TorrentSource.FileBytes(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void priorities_mapRtorrentsCodes() {
        assertThat(TorrentPriority.ofCode(3)).isEqualTo(TorrentPriority.HIGH);
        assertThat(FilePriority.ofCode(0)).isEqualTo(FilePriority.OFF);
        assertThatThrownBy(() -> FilePriority.ofCode(3)).hasMessageContaining("0-2");
    }

    @Test
    void clientFailures_explainThemselves() {
        assertThat(new ClientFailure.Rejected(-501, "Could not find info-hash.").message())
                .isEqualTo("rTorrent refused (fault -501): Could not find info-hash.");
        assertThat(new ClientFailure.NotFound(-501, "Could not find info-hash.").message())
                .isEqualTo("rTorrent refused (fault -501): Could not find info-hash.");
        assertThat(new TorrentClientException(new ClientFailure.Unreachable("connection refused")).getMessage())
                .isEqualTo("rTorrent is unreachable: connection refused");
    }

    @Test
    void aMagnetsNonAsciiCharacters_arePercentEncoded_soTheRequestCanCarryThem() {
        var magnet = new TorrentSource.Magnet(
                "magnet:?xt=urn:btih:" + "a".repeat(40) + "&dn=caf\u00e9 \ud83c\udfb5".replace(" ", "_"));

        assertThat(magnet.uri()).endsWith("&dn=caf%C3%A9_%F0%9F%8E%B5").matches("\\p{ASCII}+");
        assertThatThrownBy(() -> new TorrentSource.Magnet("magnet:?xt=urn:btih:" + "a".repeat(40) + "&dn=a\u2003b"))
                .hasMessageContaining("one line");
    }

    @Test
    void aDownloadDirectoryWithAnEmoji_isRefusedWithAReason() {
        assertThatThrownBy(() -> DownloadDirectory.of("/data/\ud83c\udfb5"))
                .hasMessageContaining("Basic Multilingual Plane");
        assertThat(DownloadDirectory.of("/data/caf\u00e9").path()).isEqualTo("/data/caf\u00e9");
    }
}
