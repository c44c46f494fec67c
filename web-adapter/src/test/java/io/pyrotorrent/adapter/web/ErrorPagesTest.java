package io.pyrotorrent.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.pyrotorrent.domain.model.files.FileLookup;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.DetailsService;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.TorrentService;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bug below the adapter is a 500 page in the site's layout that tells a visitor nothing internal. */
class ErrorPagesTest {

    private final Javalin server;

    ErrorPagesTest() {
        var targets = new Targets(Map.of());
        var torrents = new TorrentService(targets);
        DownloadFiles downloads = new DownloadFiles() {
            @Override
            public FileLookup payload(
                    io.pyrotorrent.domain.model.auth.Principal caller,
                    io.pyrotorrent.domain.model.TargetName target,
                    io.pyrotorrent.domain.model.InfoHash hash,
                    int fileIndex) {
                throw new IllegalStateException("secret detail of a payload");
            }

            @Override
            public FileLookup torrentFile(
                    io.pyrotorrent.domain.model.auth.Principal caller,
                    io.pyrotorrent.domain.model.TargetName target,
                    io.pyrotorrent.domain.model.InfoHash hash) {
                throw new IllegalStateException("secret detail of a torrent file");
            }
        };
        var ports = WebPorts.builder()
                .overview((caller, listing) -> {
                    throw new IllegalStateException("secret detail of the overview");
                })
                .torrent(new DetailsService(targets))
                .list(torrents)
                .control(torrents)
                .add(new AddService(targets, RunningWebUi.NO_FETCHER))
                .downloads(downloads)
                .authenticate(new io.pyrotorrent.domain.service.AuthService(
                        java.util.List.of(),
                        (p, h) -> false,
                        "",
                        io.pyrotorrent.domain.port.out.LoginEvents.NONE,
                        java.time.Clock.systemUTC()))
                .sessions(new io.pyrotorrent.domain.service.SessionService(
                        java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC()))
                .audit((caller, query) -> java.util.List.of())
                .removeData(
                        new io.pyrotorrent.domain.service.RemovalService(targets, java.util.Map.of(), Runnable::run))
                .rates(new io.pyrotorrent.domain.port.in.ShowRates() {
                    @Override
                    public io.pyrotorrent.domain.model.rates.RateHistories rates(
                            io.pyrotorrent.domain.model.auth.Principal caller) {
                        throw new IllegalStateException("secret detail of the rates");
                    }

                    @Override
                    public io.pyrotorrent.domain.model.rates.RateSeries torrentRates(
                            io.pyrotorrent.domain.model.auth.Principal caller,
                            io.pyrotorrent.domain.model.TargetName target,
                            io.pyrotorrent.domain.model.InfoHash hash) {
                        throw new IllegalStateException("secret detail of the rates");
                    }
                })
                .moveData((caller, target, hashes, directory, recheck) -> {
                    throw new IllegalArgumentException("not here");
                })
                .createTorrents(new io.pyrotorrent.domain.create.CreateService(
                        targets,
                        java.util.Map.of(),
                        new io.pyrotorrent.domain.job.Jobs(),
                        Runnable::run,
                        java.time.Clock.systemUTC()))
                .followJobs((caller, id) -> java.util.Optional.empty())
                .settings(new io.pyrotorrent.domain.settings.SettingsService(
                        targets, io.pyrotorrent.domain.port.out.SettingsKeeper.NONE))
                .feeds(new io.pyrotorrent.domain.rss.FeedService(
                        new io.pyrotorrent.domain.fake.InMemoryFeedStore(),
                        url -> java.util.List.of(),
                        null,
                        targets.names(),
                        new io.pyrotorrent.domain.fake.InMemoryAuditLog(),
                        java.time.Clock.systemUTC()))
                .renameLabels((caller, target, from, to) -> {
                    throw new IllegalArgumentException("not here");
                })
                .magnets(new io.pyrotorrent.domain.magnet.MagnetService(targets))
                .throttles(new io.pyrotorrent.domain.service.ThrottleService(
                        targets,
                        new io.pyrotorrent.domain.service.TorrentService(targets),
                        io.pyrotorrent.domain.port.out.ThrottleKeeper.NONE))
                .build();
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    WebUi.register(config, ports);
                    RunningWebUi.registerErrors(config);
                })
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anUnexpectedFailureIsA500PageWithoutDetails() {
        var browser = new Browser("http://127.0.0.1:" + server.port() + "/");

        var overview = browser.get("");
        var download = browser.get("target/x/torrent/" + "A".repeat(40) + "/file/0");

        for (var page : java.util.List.of(overview, download)) {
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body())
                    .contains("Something went wrong; the log has details.", "Back to the overview")
                    .doesNotContain("secret", "IllegalStateException", "at io.");
        }
    }

    @Test
    void aPostToAPageThatOnlyReadsIsA404PageNotABlankOne() {
        var browser = new Browser("http://127.0.0.1:" + server.port() + "/");

        var page = browser.postRaw("", "a", "b");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such page.", "pyroTorrent");
    }
}
