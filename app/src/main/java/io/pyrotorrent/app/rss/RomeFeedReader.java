package io.pyrotorrent.app.rss;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.pyrotorrent.domain.model.rss.FeedItem;
import io.pyrotorrent.domain.model.rss.FeedReadException;
import io.pyrotorrent.domain.port.out.FeedReader;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.xml.sax.InputSource;

/**
 * RSS and Atom through Rome. The bytes come from the safe fetcher (address rules, redirects
 * checked, a size cap and a deadline), so the parser only ever sees a bounded document; Rome is
 * told to refuse any DOCTYPE, which refuses external entities and entity expansion bombs with it.
 */
public final class RomeFeedReader implements FeedReader {

    /** Far above any real feed (a 100-item feed is ~100 KB), far below what hurts. */
    public static final long MAX_FEED_BYTES = 5L * 1024 * 1024;
    /** Items past this are ignored: a feed is the newest entries, not an archive. */
    static final int MAX_ITEMS = 1000;

    private final TorrentFileFetcher fetcher;

    /** @param fetcher a fetcher capped at {@link #MAX_FEED_BYTES}, with the feeds' address policy */
    public RomeFeedReader(TorrentFileFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public List<FeedItem> read(URI url) {
        byte[] bytes;
        try {
            bytes = fetcher.fetch(url);
        } catch (TorrentFileFetcher.FetchRefusedException e) {
            String reason = e.getMessage();
            throw new FeedReadException(
                    reason.contains(" is larger than ")
                            ? "the feed is larger than " + MAX_FEED_BYTES / (1024 * 1024) + " MiB; refused unread"
                            : reason);
        }
        return items(parse(bytes));
    }

    /** Parses a feed document held in memory; package-private for the hostile-document tests. */
    static SyndFeed parse(byte[] bytes) {
        var input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        try {
            return input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
            throw new FeedReadException("not a readable RSS or Atom feed" + where + ": " + cause(e));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedReadException("not an RSS or Atom feed: " + cause(e));
        }
    }

    private static String cause(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() <= 200 ? message : message.substring(0, 200) + "...";
    }

    private static List<FeedItem> items(SyndFeed feed) {
        var items = new ArrayList<FeedItem>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() == MAX_ITEMS) {
                break;
            }
            String title = clean(entry.getTitle());
            SyndEnclosure enclosure = torrentEnclosure(entry);
            String link = enclosure != null ? clean(enclosure.getUrl()) : clean(entry.getLink());
            if (link.isEmpty() || title.isEmpty()) {
                continue;
            }
            String guid = clean(entry.getUri());
            OptionalLong bytes = enclosure != null && enclosure.getLength() > 0
                    ? OptionalLong.of(enclosure.getLength())
                    : OptionalLong.empty();
            items.add(new FeedItem(guid.isEmpty() ? link : guid, title, link, bytes));
        }
        return List.copyOf(items);
    }

    /** A bittorrent enclosure first, else any enclosure; trackers put the .torrent there. */
    private static SyndEnclosure torrentEnclosure(SyndEntry entry) {
        SyndEnclosure any = null;
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (enclosure.getUrl() == null) {
                continue;
            }
            String type = enclosure.getType() == null ? "" : enclosure.getType().toLowerCase(Locale.ROOT);
            if (type.contains("bittorrent")) {
                return enclosure;
            }
            any = any == null ? enclosure : any;
        }
        return any;
    }

    private static String clean(String text) {
        return text == null
                ? ""
                : text.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", "").replaceAll("\\s+", " ");
    }
}
