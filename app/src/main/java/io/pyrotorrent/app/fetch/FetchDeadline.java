package io.pyrotorrent.app.fetch;

import io.pyrotorrent.domain.port.out.TorrentFileFetcher.FetchRefusedException;
import java.net.URI;
import java.time.Duration;

/**
 * When a fetch must be over, and what to say when it is not: a fetch has its own limit (headers,
 * body and redirects together) and a request of many URLs one for all of them; a fetch ends at the
 * earlier of the two.
 */
record FetchDeadline(long endNanos, String whatRanOut) {

    /** One fetch: "took longer than 3 s". */
    static FetchDeadline forFetch(Duration limit) {
        return new FetchDeadline(System.nanoTime() + limit.toNanos(), "took longer than " + seconds(limit));
    }

    /** All fetches of one request. */
    static FetchDeadline forRequest(Duration limit) {
        return new FetchDeadline(
                System.nanoTime() + limit.toNanos(),
                "was not finished when this request's " + seconds(limit) + " for fetching URLs ran out");
    }

    FetchDeadline earlier(FetchDeadline other) {
        return endNanos - other.endNanos <= 0 ? this : other;
    }

    /** Time left; refused once none is. */
    Duration remaining(URI url) {
        long left = endNanos - System.nanoTime();
        if (left <= 0) {
            throw expired(url);
        }
        return Duration.ofNanos(left);
    }

    FetchRefusedException expired(URI url) {
        return new FetchRefusedException("fetching " + url + " " + whatRanOut);
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
