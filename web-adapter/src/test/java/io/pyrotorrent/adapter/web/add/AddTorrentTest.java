package io.pyrotorrent.adapter.web.add;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The add form: files, URLs (fetched by the server) and magnets, with options; one message per source. */
class AddTorrentTest {

    private static final String FORM = "target/seedbox/add_torrent";
    private final TestTorrent fetched = TestTorrent.single("fetched.iso");
    private final RunningWebUi ui = RunningWebUi.withFetcher(url -> {
        if (url.getHost().equals("torrents.example")) {
            return fetched.bytes();
        }
        throw new TorrentFileFetcher.FetchRefusedException(url.getHost() + " is a loopback address");
    });
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theFormOffersFilesUrlsMagnetsAndOptionsWithTheLabelsInUse() {
        ui.seedbox.put(TestTorrent.single("x").metainfo(), false).label(Label.of("linux"));

        var page = browser.get(FORM);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "enctype=\"multipart/form-data\"",
                        "name=\"torrents\" multiple",
                        "name=\"urls\"",
                        "name=\"magnets\"",
                        "name=\"start\" value=\"paused\"",
                        "name=\"directory\"",
                        "<option value=\"linux\">",
                        "At most 100 files, 10.0 MiB each.");
    }

    @Test
    void uploadedFilesAreAddedWithTheOptionsAndEachIsNamedInAMessage() {
        var one = TestTorrent.single("one.iso");
        var two = TestTorrent.single("two.iso");

        var answer = browser.postMultipart(
                FORM,
                Map.of("start", "paused", "label", "distros", "directory", "/data/isos"),
                List.of(
                        new Browser.FilePart("torrents", "one.torrent", one.bytes()),
                        new Browser.FilePart("torrents", "two.torrent", two.bytes())));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/");
        var torrent = ui.onSeedbox(two.hash());
        assertThat(torrent.get(TorrentFields.STATE)).isFalse();
        assertThat(torrent.get(TorrentFields.LABEL).value()).isEqualTo("distros");
        assertThat(torrent.get(TorrentFields.DIRECTORY)).isEqualTo("/data/isos");
        assertThat(browser.follow(answer).body())
                .contains("Added one.torrent to seedbox (paused)", "Added two.torrent to seedbox (paused)");
    }

    @Test
    void magnetsAndUrlsOnePerLineAreAddedAndStarted() {
        var hash = TestTorrent.randomHash();

        var answer = browser.postMultipart(
                FORM,
                Map.of(
                        "magnets",
                        TestTorrent.magnet(hash).uri() + "\r\n\r\n",
                        "urls",
                        "https://torrents.example/fetched.torrent"),
                List.of());

        assertThat(ui.seedboxHas(hash)).isTrue();
        assertThat(ui.stateOnSeedbox(fetched.hash())).isEqualTo("started");
        assertThat(browser.follow(answer).body()).contains("Added https://torrents.example/fetched.torrent to seedbox");
    }

    @Test
    void eachBadSourceIsRefusedWithItsReasonWhileTheGoodOnesAreAdded() {
        var good = TestTorrent.single("good.iso");

        var answer = browser.postMultipart(
                FORM,
                Map.of("urls", "http://127.0.0.1/x.torrent\nnot a url", "magnets", "magnet:?dn=nohash"),
                List.of(
                        new Browser.FilePart("torrents", "good.torrent", good.bytes()),
                        new Browser.FilePart("torrents", "garbage.torrent", "hello".getBytes())));

        assertThat(answer.headers().firstValue("Location")).contains("/" + FORM);
        assertThat(ui.seedboxHas(good.hash())).isTrue();
        assertThat(browser.follow(answer).body())
                .contains(
                        "Added good.torrent",
                        "Not added: garbage.torrent: not a valid .torrent file",
                        "Not added: http://127.0.0.1/x.torrent: 127.0.0.1 is a loopback address",
                        "Not added: not a url: not an http(s) URL",
                        "Not added: magnet:?dn=nohash: a magnet link starts with");
    }

    @Test
    void aFileOverTheCapIsRefusedWithAClearMessage() {
        var huge = new byte[(int) UploadedTorrents.MAX_FILE_BYTES + 1];

        var answer =
                browser.postMultipart(FORM, Map.of(), List.of(new Browser.FilePart("torrents", "huge.torrent", huge)));

        assertThat(browser.follow(answer).body())
                .contains(
                        "Not added: huge.torrent: the file is 10.0 MiB; " + "a .torrent file may be at most 10.0 MiB");
    }

    @Test
    void aRequestOverTheTotalCapIsRefusedWithAClearMessage() {
        var tooMuch = new byte[(int) AddRoutes.MAX_REQUEST_BYTES + 1];

        var answer =
                browser.postMultipart(FORM, Map.of(), List.of(new Browser.FilePart("torrents", "x.torrent", tooMuch)));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(browser.follow(answer).body())
                .contains(
                        "The upload could not be read; at most 64.0 MiB can be " + "sent at once. Nothing was added.");
    }

    @Test
    void moreThanAHundredFilesAreRefusedAsAWhole() {
        var files = new ArrayList<Browser.FilePart>();
        for (int i = 0; i < 101; i++) {
            files.add(new Browser.FilePart(
                    "torrents", i + ".torrent", TestTorrent.single("t" + i).bytes()));
        }

        var answer = browser.postMultipart(FORM, Map.of(), files);

        assertThat(browser.follow(answer).body()).contains("101 files: at most 100 can be added at once.");
        assertThat(ui.seedboxHas(TestTorrent.single("t0").hash())).isFalse();
    }

    @Test
    void anEmptyFormOrABadOptionAddsNothingAndSaysWhy() {
        var empty = browser.follow(browser.postMultipart(FORM, Map.of(), List.of()));
        var badDirectory = browser.follow(browser.postMultipart(
                FORM,
                Map.of(
                        "directory",
                        "relative/path",
                        "magnets",
                        TestTorrent.magnet(TestTorrent.randomHash()).uri()),
                List.of()));

        assertThat(empty.body()).contains("Choose a .torrent file, or give a URL or a magnet link.");
        assertThat(badDirectory.body()).contains("Download directory: a download directory is an " + "absolute path");
    }

    @Test
    void anUnknownTargetIsA404AndADeadOneStillShowsTheFormWithItsError() {
        ui.nas.failWith(new ClientFailure.Unreachable("connection refused"));

        var unknown = browser.get("target/nowhere/add_torrent");
        var dead = browser.get("target/nas/add_torrent");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(dead.statusCode()).isEqualTo(200);
        assertThat(dead.body()).contains("rTorrent is unreachable: connection refused", "id=\"add-form\"");
    }
}
