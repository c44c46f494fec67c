package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import java.util.List;

/** Chosen fields of every torrent in one view of one target: one round trip. */
public interface ListTorrents {

    /**
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target that is not configured
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance fails
     */
    List<Row> list(TargetName target, ViewName view, List<Field<?>> fields);

    /** One page of a view, filtered and sorted: still one round trip (rTorrent sends the view). */
    Slice slice(TargetName target, Listing listing);

    /**
     * The names of these torrents, in one round trip that asks for nothing else; a hash rTorrent
     * does not know is left out.
     */
    java.util.Map<io.pyrotorrent.domain.model.InfoHash, String> names(TargetName target,
            List<io.pyrotorrent.domain.model.InfoHash> hashes);
}
