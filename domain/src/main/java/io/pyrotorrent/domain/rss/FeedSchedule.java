package io.pyrotorrent.domain.rss;

import io.pyrotorrent.domain.model.rss.CheckReport;
import io.pyrotorrent.domain.model.rss.Feed;
import io.pyrotorrent.domain.model.rss.FeedStatus;
import io.pyrotorrent.domain.port.out.FeedStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which feeds are due: each on its own interval from its last check. Called on a short tick by
 * the app's scheduler, with nobody logged in. One feed's failure is its own report; the round
 * goes on to the next feed.
 */
public final class FeedSchedule {

    private final FeedStore store;
    private final FeedCheck check;
    private final Clock clock;

    public FeedSchedule(FeedStore store, FeedCheck check, Clock clock) {
        this.store = store;
        this.check = check;
        this.clock = clock;
    }

    public List<CheckReport> runDue() {
        Instant now = clock.instant();
        var reports = new ArrayList<CheckReport>();
        for (Feed feed : store.feeds()) {
            FeedStatus status = store.status(feed.id());
            boolean due = status.checkedAt()
                    .map(at -> !at.plus(feed.spec().interval()).isAfter(now))
                    .orElse(true);
            if (due) {
                reports.add(check.run(feed));
            }
        }
        return reports;
    }
}
