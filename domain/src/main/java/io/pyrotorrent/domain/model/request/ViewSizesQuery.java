package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.ViewName;
import java.util.List;

/**
 * How many torrents each view holds now, in the order asked, without listing them: rTorrent keeps
 * each count, so asking costs it next to nothing whatever its size. The mirror reads them on every
 * poll to notice, between its full reads, that another client started, stopped, added or removed a
 * torrent.
 */
public record ViewSizesQuery(List<ViewName> views) implements Step<List<Long>> {

    public ViewSizesQuery {
        views = List.copyOf(views);
        if (views.isEmpty()) {
            throw new IllegalArgumentException("a view sizes query names at least one view");
        }
    }
}
