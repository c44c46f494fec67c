package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import java.util.List;
import java.util.Map;

/** Chosen fields of every torrent in one view of one target: one round trip. */
public interface ListTorrents {

    /**
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target that is not configured or not the caller's
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance fails
     */
    List<Row> list(Principal caller, TargetName target, ViewName view, List<Field<?>> fields);

    /** One page of a view, filtered and sorted: still one round trip (rTorrent sends the view). */
    Slice slice(Principal caller, TargetName target, Listing listing);

    /**
     * The names of these torrents, in one round trip that asks for nothing else; a hash rTorrent
     * does not know is left out.
     */
    Map<InfoHash, String> names(Principal caller, TargetName target, List<InfoHash> hashes);
}
