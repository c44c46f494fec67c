package io.pyrotorrent.domain.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryFeedStore;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedItem;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.model.rss.Verdict;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.out.FeedReader;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuditedAdd;
import io.pyrotorrent.domain.service.Targets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedCheckTest {

    private static final TargetName MAIN = TargetName.of("main");

    /** What the kill tests do to the process, done to one check: it stops at a named step. */
    static final class Crash extends RuntimeException {
        Crash(String step) {
            super("crashed at " + step);
        }
    }

    private final TestClock clock = new TestClock();
    private final InMemoryFeedStore store = new InMemoryFeedStore();
    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final Targets targets = new Targets(Map.of(MAIN, rtorrent));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final Map<String, TestTorrent> served = new java.util.HashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private List<FeedItem> items = new ArrayList<>();

    private final FeedReader reader = url -> {
        if (url.toString().contains("broken")) {
            throw new io.pyrotorrent.domain.model.rss.FeedReadException("malformed XML at line 3");
        }
        return items;
    };

    private AddTorrents add() {
        var service = new AddService(targets, url -> served.get(url.toString()).bytes());
        var audited = new AuditedAdd(service, audit, clock);
        return new AddTorrents() {
            @Override
            public List<AddResult> add(Principal c, TargetName t, List<NamedSource> s, AddOptions o) {
                loads.incrementAndGet();
                return audited.add(c, t, s, o);
            }

            @Override
            public UrlFetches fetchesForOneRequest() {
                return audited.fetchesForOneRequest();
            }
        };
    }

    private FeedCheck check(Checkpoints checkpoints) {
        return new FeedCheck(store, reader, add(), clock, checkpoints);
    }

    private FeedItem item(String title, long bytes) {
        var torrent = TestTorrent.unique(title);
        String url = "http://feeds.example/t/" + served.size() + ".torrent";
        served.put(url, torrent);
        return new FeedItem("guid-" + title, title, url, OptionalLong.of(bytes));
    }

    private Feed feedWith(RuleSpec... rules) {
        var feed =
                store.addFeed(MAIN, new FeedSpec("tv", URI.create("http://feeds.example/rss"), FeedSpec.MIN_INTERVAL));
        for (RuleSpec rule : rules) {
            store.addRule(feed.id(), rule);
        }
        return feed;
    }

    private static RuleSpec tv(String include, boolean perEpisode) {
        return new RuleSpec(
                "tv",
                include,
                "(?i)cam",
                OptionalLong.empty(),
                OptionalLong.of(5000),
                Label.of("tv"),
                Optional.empty(),
                false,
                perEpisode);
    }

    @Test
    void aCheck_addsWhatTheRulesTake_withTheRulesOptions_andSaysWhyForTheRest() {
        var feed = feedWith(tv("show", false));
        items = List.of(
                item("The.Show.S01E01", 100),
                item("Other.S01E01", 100),
                item("The.Show.S01E02.CAM", 100),
                item("The.Show.S01E03", 9000));

        var report = check(Checkpoints.NONE).run(feed);

        assertThat(report.added()).isEqualTo(1);
        assertThat(rtorrent.all()).hasSize(1);
        assertThat(rtorrent.all().get(0).label()).isEqualTo(Label.of("tv"));
        assertThat(rtorrent.all().get(0).started()).isFalse();
        var reasons = store.history(feed.id(), 10).stream()
                .collect(java.util.stream.Collectors.toMap(h -> h.title(), h -> h.state() + " " + h.reason()));
        assertThat(reasons.get("The.Show.S01E01")).startsWith("ADDED matched rule 'tv'");
        assertThat(reasons.get("Other.S01E01")).contains("title does not match include /show/");
        assertThat(reasons.get("The.Show.S01E02.CAM")).contains("title matches exclude");
        assertThat(reasons.get("The.Show.S01E03")).contains("above the maximum 5000");
        assertThat(audit.find(AuditQuery.latest(10)).get(0).user()).isEqualTo("automation");
    }

    @Test
    void aSecondCheck_addsNothingTwice() {
        var feed = feedWith(tv("show", false));
        items = List.of(item("The.Show.S01E01", 100));

        check(Checkpoints.NONE).run(feed);
        var second = check(Checkpoints.NONE).run(feed);

        assertThat(second.added()).isZero();
        assertThat(loads).hasValue(1);
    }

    @Test
    void onePerEpisode_takesTheFirstRelease_only() {
        var feed = feedWith(tv("show", true));
        items = List.of(item("The.Show.S01E01.720p", 100), item("The.Show.S01E01.1080p", 100));

        check(Checkpoints.NONE).run(feed);

        assertThat(rtorrent.all()).hasSize(1);
        assertThat(store.history(feed.id(), 10))
                .anySatisfy(h -> assertThat(h.reason()).contains("episode 'the show s1e1' was already added"));
    }

    @Test
    void aBrokenFeed_endsInAReportWithItsError_andIsRemembered() {
        var feed =
                store.addFeed(MAIN, new FeedSpec("b", URI.create("http://broken.example/rss"), FeedSpec.MIN_INTERVAL));

        var report = check(Checkpoints.NONE).run(feed);

        assertThat(report.error()).contains("malformed XML at line 3");
        assertThat(store.status(feed.id()).error()).contains("malformed XML at line 3");
    }

    @Test
    void aDueRound_checksTheOtherFeeds_whenOneIsBroken() {
        store.addFeed(MAIN, new FeedSpec("b", URI.create("http://broken.example/rss"), FeedSpec.MIN_INTERVAL));
        feedWith(tv("show", false));
        items = List.of(item("The.Show.S01E01", 100));
        var schedule = new FeedSchedule(store, check(Checkpoints.NONE), clock);

        var reports = schedule.runDue();

        assertThat(reports).hasSize(2);
        assertThat(rtorrent.all()).hasSize(1);
        assertThat(schedule.runDue()).as("not due again before the interval").isEmpty();
        clock.advance(FeedSpec.MIN_INTERVAL);
        assertThat(schedule.runDue()).hasSize(2);
    }

    @ParameterizedTest(name = "a crash after \"{0}\" neither loses the item nor adds it twice")
    @ValueSource(strings = {"fetched", "intended", "loaded", "confirmed"})
    void aCrashAtAnyStep_thenARestart_addsTheItemExactlyOnce(String step) {
        var feed = feedWith(tv("show", false));
        items = List.of(item("The.Show.S01E01", 100));
        Checkpoints crashing = reached -> {
            if (reached.equals(step)) {
                throw new Crash(reached);
            }
        };
        assertThatThrownBy(() -> check(crashing).run(feed)).isInstanceOf(Crash.class);

        // The restart: settle what was pending, then the scheduled check runs again.
        var restarted = check(Checkpoints.NONE);
        new Settlement(store, targets, restarted, clock).settle();
        restarted.run(feed);

        assertThat(rtorrent.all()).hasSize(1);
        assertThat(loads).as("rTorrent was asked to load it once").hasValue(1);
        assertThat(store.state(feed.id(), "guid-The.Show.S01E01")).contains(ItemState.ADDED);
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aPendingItem_waits_whileRtorrentIsDown() {
        var feed = feedWith(tv("show", false));
        items = List.of(item("The.Show.S01E01", 100));
        assertThatThrownBy(() -> check(s -> {
                            if (s.equals("intended")) {
                                throw new Crash(s);
                            }
                        })
                        .run(feed))
                .isInstanceOf(Crash.class);
        rtorrent.failWith(new io.pyrotorrent.domain.model.ClientFailure.Unreachable("connection refused"));

        int settled = new Settlement(store, targets, check(Checkpoints.NONE), clock).settle();

        assertThat(settled).isZero();
        assertThat(store.pending()).hasSize(1);
    }

    @Test
    void aPreview_ofAnUnsavedRule_saysWhatItWouldTake_andAddsNothing() {
        var feed = feedWith();
        items = List.of(item("The.Show.S01E01", 100), item("Other.S01E01", 100));
        var service = new FeedService(store, reader, check(Checkpoints.NONE), List.of(MAIN), audit, clock);

        var rows = service.preview(Principal.LOCAL, MAIN, feed.id(), Optional.of(tv("show", false)));

        assertThat(rows).extracting(r -> r.verdict() instanceof Verdict.Take).containsExactly(true, false);
        assertThat(rtorrent.all()).isEmpty();
        assertThat(store.history(feed.id(), 10)).isEmpty();
    }

    @Test
    void anotherUsersTarget_answersLikeAMissingOne() {
        var feed = feedWith();
        var service = new FeedService(store, reader, check(Checkpoints.NONE), List.of(MAIN), audit, clock);
        var bob = new Principal("bob", false, java.util.Set.of(TargetName.of("other")));

        assertThatThrownBy(() -> service.history(bob, MAIN, feed.id(), 10)).hasMessage("no target named 'main'");
        assertThatThrownBy(() -> service.history(Principal.LOCAL, MAIN, 999, 10))
                .hasMessage("no feed 999 on target main");
    }
}
