package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingValue;
import java.util.EnumMap;
import java.util.Map;

/** Client-wide settings of the fake. */
final class FakeClientState {
    long upLimit;
    /** Throttle groups by name, as defined. */
    final java.util.Map<String, io.pyrotorrent.domain.model.throttle.ThrottleGroup> throttles =
            new java.util.TreeMap<>();

    long downLimit;
    String hostname = "fake-rtorrent";
    String sessionPath = "/session/";
    long pid = 4242;
    long upTotal;
    /** The change count rTorrent keeps for pyroTorrent once set up; null before that and after a restart. */
    Long changeCount;
    /** Refuses to set the change count up, as an rTorrent behind a proxy that allows only some commands. */
    boolean refusesChangeCount;

    long downTotal;
    /** rTorrent's own defaults; values as rTorrent answers them (Long, Boolean, String). */
    final Map<Setting, Object> settings = new EnumMap<>(Map.ofEntries(
            Map.entry(Setting.MAX_PEERS, 200L),
            Map.entry(Setting.MAX_PEERS_SEED, -1L),
            Map.entry(Setting.MAX_UPLOADS, 50L),
            Map.entry(Setting.MAX_UPLOADS_GLOBAL, 0L),
            Map.entry(Setting.MAX_DOWNLOADS_GLOBAL, 0L),
            Map.entry(Setting.PORT_RANGE, "6890-6999"),
            Map.entry(Setting.PORT_RANDOM, true),
            Map.entry(Setting.PEX, true),
            Map.entry(Setting.UDP_TRACKERS, true),
            Map.entry(Setting.PIECES_MEMORY, 3_221_225_472L),
            Map.entry(Setting.HASH_ON_COMPLETION, true),
            Map.entry(Setting.DEFAULT_DIRECTORY, "/downloads")));

    void set(SettingValue value) {
        Setting setting = value.setting();
        if (setting.field().isEmpty()) {
            return;
        }
        Object current = settings.get(setting);
        settings.put(
                setting,
                current instanceof Long
                        ? (Object) value.number()
                        : current instanceof Boolean ? (Object) value.on() : value.text());
    }
}
