package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** How the fake answers each field; a test checks every field of the catalog has an entry. */
final class FakeValues {

    static final Map<Field<?>, Function<FakeTorrent, Object>> TORRENT = new IdentityHashMap<>();
    static final Map<Field<?>, Function<FakeTorrent.File, Object>> FILE = new IdentityHashMap<>();
    static final Map<Field<?>, Function<FakeTorrent.Tracker, Object>> TRACKER = new IdentityHashMap<>();

    static {
        TORRENT.put(TorrentFields.HASH, t -> t.hash);
        TORRENT.put(TorrentFields.NAME, t -> t.name);
        TORRENT.put(TorrentFields.SIZE_BYTES, t -> t.size);
        TORRENT.put(TorrentFields.COMPLETED_BYTES, FakeTorrent::completedBytes);
        TORRENT.put(TorrentFields.BYTES_DONE, FakeTorrent::completedBytes);
        TORRENT.put(TorrentFields.LEFT_BYTES, t -> t.size - t.completedBytes());
        TORRENT.put(TorrentFields.COMPLETE, t -> t.complete);
        TORRENT.put(TorrentFields.STATE, t -> t.state);
        TORRENT.put(TorrentFields.OPEN, t -> t.open);
        TORRENT.put(TorrentFields.ACTIVE, t -> t.active);
        TORRENT.put(TorrentFields.HASHING, t -> t.hashing);
        TORRENT.put(TorrentFields.HASH_CHECKING, t -> t.hashing);
        TORRENT.put(TorrentFields.HASH_CHECKED, t -> t.hashChecked);
        TORRENT.put(TorrentFields.HASHING_FAILED, t -> false);
        TORRENT.put(TorrentFields.MESSAGE, t -> t.message);
        TORRENT.put(TorrentFields.UP_RATE, t -> t.upRate);
        TORRENT.put(TorrentFields.DOWN_RATE, t -> t.downRate);
        TORRENT.put(TorrentFields.UP_TOTAL, t -> t.upTotal);
        TORRENT.put(TorrentFields.DOWN_TOTAL, t -> t.downTotal);
        TORRENT.put(TorrentFields.RATIO, t -> t.downTotal == 0 ? 0.0 : (double) t.upTotal / t.downTotal);
        TORRENT.put(TorrentFields.PEERS_CONNECTED, t -> t.peersConnected);
        TORRENT.put(TorrentFields.PEERS_COMPLETE, t -> t.peersComplete);
        TORRENT.put(TorrentFields.DIRECTORY, t -> t.directory);
        TORRENT.put(TorrentFields.BASE_PATH, FakeTorrent::basePath);
        TORRENT.put(TorrentFields.LOADED_FILE, t -> "");
        TORRENT.put(TorrentFields.CREATED, t -> Optional.empty());
        TORRENT.put(TorrentFields.STARTED, t -> t.started);
        TORRENT.put(TorrentFields.FINISHED, t -> t.finished);
        TORRENT.put(TorrentFields.SIZE_FILES, t -> (long) t.files.size());
        TORRENT.put(TorrentFields.SIZE_CHUNKS, FakeTorrent::chunks);
        TORRENT.put(TorrentFields.COMPLETED_CHUNKS, t -> t.complete ? t.chunks() : 0L);
        TORRENT.put(TorrentFields.VIEWS, t -> List.of());
        TORRENT.put(TorrentFields.LABEL, t -> t.label);
        TORRENT.put(TorrentFields.PRIORITY, t -> t.priority);
        TORRENT.put(TorrentFields.THROTTLE, t -> t.throttle);
        TORRENT.put(TorrentFields.MULTI_FILE, FakeTorrent::multiFile);
        TORRENT.put(
                TorrentFields.TRACKER_URLS,
                t -> t.trackers.stream().map(tracker -> tracker.url).toList());

        FILE.put(FileFields.PATH, f -> String.join("/", f.path));
        FILE.put(FileFields.PATH_COMPONENTS, f -> f.path);
        FILE.put(FileFields.SIZE_BYTES, f -> f.size);
        FILE.put(FileFields.SIZE_CHUNKS, f -> f.chunks);
        FILE.put(FileFields.COMPLETED_CHUNKS, f -> 0L);
        FILE.put(FileFields.PRIORITY, f -> f.priority);

        TRACKER.put(TrackerFields.URL, t -> t.url);
        TRACKER.put(TrackerFields.TYPE, t -> t.url.startsWith("udp") ? 2L : 1L);
        TRACKER.put(TrackerFields.ENABLED, t -> t.enabled);
        TRACKER.put(TrackerFields.SCRAPE_COMPLETE, t -> 0L);
        TRACKER.put(TrackerFields.SCRAPE_INCOMPLETE, t -> 0L);
        TRACKER.put(TrackerFields.SCRAPE_DOWNLOADED, t -> 0L);
    }

    static Object client(FakeClientState state, Field<?> field) {
        for (var setting : state.settings.entrySet()) {
            if (setting.getKey().field().orElse(null) == field) {
                return setting.getValue();
            }
        }
        if (field == ClientFields.UP_RATE || field == ClientFields.DOWN_RATE || field == ClientFields.MEMORY_USAGE) {
            return 0L;
        }
        if (field == ClientFields.UP_TOTAL) {
            return state.upTotal;
        }
        if (field == ClientFields.DOWN_TOTAL) {
            return state.downTotal;
        }
        if (field == ClientFields.UP_LIMIT) {
            return state.upLimit;
        }
        if (field == ClientFields.DOWN_LIMIT) {
            return state.downLimit;
        }
        if (field == ClientFields.CLIENT_VERSION) {
            return "0.9.8";
        }
        if (field == ClientFields.LIBRARY_VERSION) {
            return "0.13.8";
        }
        if (field == ClientFields.API_VERSION) {
            return "10";
        }
        if (field == ClientFields.HOSTNAME) {
            return state.hostname;
        }
        if (field == ClientFields.TIME) {
            return java.time.Instant.now().getEpochSecond();
        }
        if (field == ClientFields.PID) {
            return state.pid;
        }
        if (field == ClientFields.CWD) {
            return "/";
        }
        if (field == ClientFields.LOCAL_ADDRESS) {
            return "";
        }
        if (field == ClientFields.MEMORY_LIMIT) {
            return 3_221_225_472L;
        }
        if (field == ClientFields.VIEWS) {
            return FakeViews.NAMES;
        }
        if (field == ClientFields.SESSION_PATH) {
            return state.sessionPath;
        }
        if (field == ClientFields.XMLRPC_SIZE_LIMIT) {
            return 524_288L;
        }
        throw new IllegalArgumentException("the fake has no value for " + field);
    }

    private FakeValues() {}
}
