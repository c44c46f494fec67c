package io.pyrotorrent.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.ItemState;
import io.pyrotorrent.domain.model.rss.PendingItem;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every feed store must do: run against the in-memory fake and the real SQLite file. */
public abstract class FeedStoreContract {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final TargetName MAIN = TargetName.of("main");

    protected abstract FeedStore feeds();

    private static FeedSpec spec(String name) {
        return new FeedSpec(name, URI.create("http://feeds.example/" + name), Duration.ofMinutes(15));
    }

    static RuleSpec rule(String name) {
        return new RuleSpec(
                name,
                "linux",
                "beta",
                OptionalLong.of(1),
                OptionalLong.empty(),
                Label.of("distro"),
                Optional.of(DownloadDirectory.of("/data/linux")),
                false,
                true);
    }

    private static PendingItem pending(long feedId, String guid) {
        return new PendingItem(
                feedId,
                MAIN,
                guid,
                "Title " + guid,
                "a".repeat(40),
                new byte[] {1, 2, 3},
                false,
                new AddOptions(false, Label.of("tv"), Optional.of(DownloadDirectory.of("/tv"))),
                "show s1e2",
                "matched rule 'tv'");
    }

    @Test
    void aFeedAndItsRules_areKept_asWritten() {
        var feed = feeds().addFeed(MAIN, spec("one"));
        var rule = feeds().addRule(feed.id(), rule("r1"));

        assertThat(feeds().feed(feed.id())).contains(feed);
        assertThat(feeds().feeds()).containsExactly(feed);
        assertThat(feeds().rules(feed.id())).containsExactly(rule);
    }

    @Test
    void removingAFeed_removesItsRulesAndItems() {
        var feed = feeds().addFeed(MAIN, spec("one"));
        feeds().addRule(feed.id(), rule("r1"));
        feeds().note(feed.id(), "g1", "t1", ItemState.SKIPPED, "no match", T0);

        feeds().removeFeed(feed.id());

        assertThat(feeds().feed(feed.id())).isEmpty();
        assertThat(feeds().rules(feed.id())).isEmpty();
        assertThat(feeds().history(feed.id(), 10)).isEmpty();
    }

    @Test
    void anIntent_isPendingWithEverythingToLoadIt_untilConfirmed() {
        var feed = feeds().addFeed(MAIN, spec("one"));
        var item = pending(feed.id(), "g1");

        feeds().intend(item, T0);

        assertThat(feeds().state(feed.id(), "g1")).contains(ItemState.PENDING);
        var stored = feeds().pending().get(0);
        assertThat(stored.source()).containsExactly(1, 2, 3);
        assertThat(stored).usingRecursiveComparison().ignoringFields("source").isEqualTo(item);
        assertThat(feeds().episodeTaken(feed.id(), "show s1e2")).isTrue();

        feeds().confirm(feed.id(), "g1", "added", T0.plusSeconds(1));

        assertThat(feeds().pending()).isEmpty();
        assertThat(feeds().state(feed.id(), "g1")).contains(ItemState.ADDED);
        assertThat(feeds().episodeTaken(feed.id(), "show s1e2")).isTrue();
        assertThat(feeds().history(feed.id(), 10).get(0).reason()).isEqualTo("added");
    }

    @Test
    void aCheck_isRemembered_withItsError() {
        var feed = feeds().addFeed(MAIN, spec("one"));

        feeds().checked(feed.id(), T0, Optional.of("malformed XML"), 0);

        var status = feeds().status(feed.id());
        assertThat(status.checkedAt()).contains(T0);
        assertThat(status.error()).contains("malformed XML");
    }

    @Test
    void history_isNewestFirst_andLimited() {
        var feed = feeds().addFeed(MAIN, spec("one"));
        feeds().note(feed.id(), "g1", "t1", ItemState.SKIPPED, "a", T0);
        feeds().note(feed.id(), "g2", "t2", ItemState.FAILED, "b", T0.plusSeconds(1));
        feeds().note(feed.id(), "g3", "t3", ItemState.SKIPPED, "c", T0.plusSeconds(2));

        var history = feeds().history(feed.id(), 2);

        assertThat(history).extracting(h -> h.guid()).containsExactly("g3", "g2");
        assertThat(feeds().episodeTaken(feed.id(), "")).isFalse();
    }
}
