package io.pyrotorrent.domain.model.rss;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One entry of a feed as read.
 *
 * @param guid  what identifies the item across checks (its guid, else its link, else its title)
 * @param link  the .torrent URL or magnet link (an enclosure's URL first, else the item's link)
 * @param bytes the size the feed announces, when it does
 */
public record FeedItem(String guid, String title, String link, OptionalLong bytes) {
    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(bytes, "bytes");
    }
}
