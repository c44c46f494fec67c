package io.pyrotorrent.adapter.web.torrent;

import static io.pyrotorrent.domain.model.field.TorrentFields.COMPLETED_BYTES;
import static io.pyrotorrent.domain.model.field.TorrentFields.SIZE_BYTES;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.details.TorrentDetails;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The torrent page's view model: info, the file tree, peers and trackers, as strings to show. */
record TorrentPage(
        String target,
        String hash,
        String name,
        Info info,
        FileTree.Dir files,
        int fileCount,
        List<PeerLine> peers,
        List<TrackerLine> trackers,
        String path,
        String liveHref) {

    /** What changes while the page is open is in here; the live endpoint sends it again. */
    record Info(
            String state,
            String size,
            String done,
            int percent,
            String ratio,
            String upTotal,
            String downTotal,
            String downRate,
            String upRate,
            String eta,
            String peers,
            String chunks,
            String message,
            String label,
            String priority,
            String throttle,
            String directory,
            String basePath,
            Moment created,
            Moment started,
            Moment finished) {}

    /** A point in time as "3 hours ago", with the exact time for a tooltip; "never" when unset. */
    record Moment(String ago, String exact) {
        static Moment of(Optional<Instant> when, Instant now) {
            return when.map(t -> new Moment(Units.ago(t, now), t.toString())).orElse(new Moment("never", ""));
        }
    }

    record PeerLine(
            String address,
            String client,
            boolean encrypted,
            boolean incoming,
            String done,
            String downRate,
            String upRate) {
        static PeerLine of(Row p) {
            return new PeerLine(
                    p.get(PeerFields.ADDRESS) + ":" + p.get(PeerFields.PORT),
                    p.get(PeerFields.CLIENT_VERSION),
                    p.get(PeerFields.ENCRYPTED),
                    p.get(PeerFields.INCOMING),
                    p.get(PeerFields.COMPLETED_PERCENT) + "%",
                    Units.rate(p.get(PeerFields.DOWN_RATE)),
                    Units.rate(p.get(PeerFields.UP_RATE)));
        }
    }

    /** seeders and leechers are the tracker's scrape counts. */
    record TrackerLine(String url, String type, boolean enabled, long seeders, long leechers, long downloaded) {
        static TrackerLine of(Row t) {
            long type = t.get(TrackerFields.TYPE);
            return new TrackerLine(
                    t.get(TrackerFields.URL),
                    type == 1 ? "http" : type == 2 ? "udp" : type == 3 ? "dht" : "type " + type,
                    t.get(TrackerFields.ENABLED),
                    t.get(TrackerFields.SCRAPE_COMPLETE),
                    t.get(TrackerFields.SCRAPE_INCOMPLETE),
                    t.get(TrackerFields.SCRAPE_DOWNLOADED));
        }
    }

    static TorrentPage of(String target, TorrentDetails details, Instant now) {
        Row t = details.torrent();
        String hash = t.get(TorrentFields.HASH).hex();
        String path = "target/" + target + "/torrent/" + hash;
        return new TorrentPage(
                target,
                hash,
                t.get(TorrentFields.NAME),
                info(t, now),
                FileTree.of(t.get(TorrentFields.NAME), details.files(), path),
                details.files().size(),
                details.peers().stream().map(PeerLine::of).toList(),
                details.trackers().stream().map(TrackerLine::of).toList(),
                path,
                "live/" + path);
    }

    static Info info(Row t, Instant now) {
        long size = t.get(SIZE_BYTES);
        long done = t.get(COMPLETED_BYTES);
        return new Info(
                TorrentState.of(t).label(),
                Units.bytes(size),
                Units.bytes(done),
                Units.percent(done, size),
                Units.ratio(t.get(TorrentFields.RATIO)),
                Units.bytes(t.get(TorrentFields.UP_TOTAL)),
                Units.bytes(t.get(TorrentFields.DOWN_TOTAL)),
                Units.rate(t.get(TorrentFields.DOWN_RATE)),
                Units.rate(t.get(TorrentFields.UP_RATE)),
                Units.eta(t.get(TorrentFields.LEFT_BYTES), t.get(TorrentFields.DOWN_RATE)),
                t.get(TorrentFields.PEERS_CONNECTED) + " (" + t.get(TorrentFields.PEERS_COMPLETE) + " seeds)",
                t.get(TorrentFields.COMPLETED_CHUNKS) + " / " + t.get(TorrentFields.SIZE_CHUNKS),
                t.get(TorrentFields.MESSAGE),
                t.get(TorrentFields.LABEL).value(),
                t.get(TorrentFields.PRIORITY).name().toLowerCase(Locale.ROOT),
                t.get(TorrentFields.THROTTLE),
                t.get(TorrentFields.DIRECTORY),
                t.get(TorrentFields.BASE_PATH),
                Moment.of(t.get(TorrentFields.CREATED), now),
                Moment.of(t.get(TorrentFields.STARTED), now),
                Moment.of(t.get(TorrentFields.FINISHED), now));
    }
}
