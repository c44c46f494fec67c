package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;

/** What the mirror must equal: every field of every torrent, read whole in one call. */
final class FreshRead {

    private FreshRead() {}

    static List<Row> of(TorrentClient client) {
        var steps = Request.builder();
        var all = steps.add(io.pyrotorrent.domain.model.request.TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL));
        return client.send(steps.build()).get(all);
    }
}
