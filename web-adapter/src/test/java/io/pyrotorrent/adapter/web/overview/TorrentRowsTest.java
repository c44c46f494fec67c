package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.http.Templates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TorrentRowsTest {

    private static TorrentLine line(String name, String label, String message, String directory) {
        String hash = "AB".repeat(20);
        return new TorrentLine(
                hash,
                name,
                "target/box/torrent/" + hash,
                "1.0 GB",
                "512 MB",
                50,
                "seeding",
                "1.2 MB/s",
                "0 B/s",
                "1.25",
                "3 (1)",
                label,
                label.isEmpty() ? "" : "view/main?label=" + label,
                "∞",
                message,
                "2 GB",
                "1 GB",
                "7",
                "512 MB",
                "2026-12-06 08:00",
                "",
                "2026-01-01 00:00",
                directory,
                "normal",
                "1",
                "");
    }

    private static final List<TorrentLine> LINES = List.of(
            line("Debian 12.iso", "linux", "", "/data"),
            line(
                    "<script>alert('x')</script> & \"quotes\"",
                    "a \"b\" & <c>",
                    "Tracker: [unregistered torrent]",
                    "/d/'q'"),
            line(
                    "\u202Egnp.exe",
                    "\u05E2\u05D1\u05E8\u05D9\u05EA",
                    "\u0645\u0631\u062D\u0628\u0627 <b>",
                    "/\u2068x\u2069"),
            line("", "", "", ""));

    @Test
    void theRows_areTheMarkupOfTheMacroTheyReplaced_byteForByte_hostileTextIncluded() {
        String fromMacro = new Templates()
                .render("reference/torrent-row", Map.of("lines", LINES, "base", "/torrent/", "target", "box"));

        // The ETA's "∞" goes as a character reference, which browsers show the same.
        assertThat(TorrentRows.html(LINES, "/torrent/", "box")).isEqualTo(fromMacro.replace("∞", "&#8734;"));
    }

    @Test
    void textIsEscaped_soNoValueCanOpenATagOrLeaveAnAttribute() {
        String html = TorrentRows.html(List.of(LINES.get(1)), "/", "box");

        assertThat(html)
                .doesNotContain("<script>", "<c>", "\"quotes\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    }

    @Test
    void rowsOfLatinText_holdOnlyLatin1Characters_soThePageStaysOneBytePerCharacter() {
        String html = TorrentRows.html(List.of(LINES.get(0)), "/", "box");

        assertThat(html).contains("&#8734;").doesNotContain("∞");
        assertThat(html.chars().allMatch(c -> c <= 0xFF)).isTrue();
    }
}
