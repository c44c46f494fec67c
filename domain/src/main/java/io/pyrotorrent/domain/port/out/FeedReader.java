package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.rss.FeedItem;
import java.net.URI;
import java.util.List;

/**
 * Reads an RSS or Atom feed from the network, with the same address rules as adding by URL
 * (no private addresses unless allowed for feeds), a size cap, a deadline and a parser that
 * reads no DOCTYPE and no external entity.
 */
public interface FeedReader {

    /** The feed's items in the feed's order; {@link io.pyrotorrent.domain.model.rss.FeedReadException} with why otherwise. */
    List<FeedItem> read(URI url);
}
