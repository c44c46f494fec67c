package io.pyrotorrent.adapter.web.actions;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.LiveAnswers;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.port.in.CopyMagnets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET live/target/<t>/magnets?hash=...}: the magnet links (with trackers) of the selected
 * torrents, for the menu's and the drawer's "Copy magnet link" (magnets.js). A read, so a GET;
 * all torrents in one round trip.
 */
public final class MagnetLinks {

    private final CopyMagnets magnets;

    public MagnetLinks(CopyMagnets magnets) {
        this.magnets = magnets;
    }

    public void links(Context ctx) {
        LiveAnswers.write(ctx, () -> {
            var target = TargetName.of(ctx.pathParam("target"));
            List<InfoHash> hashes = ctx.queryParams("hash").stream()
                    .map(InfoHash::of)
                    .distinct()
                    .toList();
            var links = magnets.magnets(Visitor.of(ctx), target, hashes).stream()
                    .map(link -> {
                        Map<String, Object> one = new LinkedHashMap<>();
                        one.put("hash", link.hash().hex());
                        one.put("name", link.name());
                        one.put("magnet", link.uri());
                        return one;
                    })
                    .toList();
            return Map.of("magnets", links);
        });
    }
}
