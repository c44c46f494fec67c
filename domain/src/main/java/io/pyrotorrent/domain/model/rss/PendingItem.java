package io.pyrotorrent.domain.model.rss;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import java.util.Objects;

/**
 * The recorded intent to add one item: everything needed to load it again without the feed
 * (the feed may have dropped the item, or be down, when the next start settles it).
 *
 * @param source the .torrent file's bytes, or a magnet link's UTF-8 bytes when {@code magnet}
 */
public record PendingItem(
        long feedId,
        TargetName target,
        String guid,
        String title,
        String hash,
        byte[] source,
        boolean magnet,
        AddOptions options,
        String episode,
        String reason) {
    public PendingItem {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(reason, "reason");
    }
}
