package io.pyrotorrent.domain.model.settings;

import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import java.util.List;
import java.util.Optional;

/**
 * The client settings pyroTorrent may change: a fixed list, so no caller ever names an rTorrent
 * command. Each knows how to validate a value (with a message naming the setting and what it
 * takes) and the field that reads it back; DHT and encryption have no getter in rTorrent 0.9.8 or
 * 0.16 (only {@code dht.statistics} and {@code protocol.encryption.set}), so they are write-only.
 */
public enum Setting {
    MAX_PEERS("max_peers", "Peers per downloading torrent", SettingKind.count(1, 65_535), ClientFields.MAX_PEERS),
    MAX_PEERS_SEED(
            "max_peers_seed",
            "Peers per seeding torrent (-1: as downloading)",
            SettingKind.count(-1, 65_535),
            ClientFields.MAX_PEERS_SEED),
    MAX_UPLOADS("max_uploads", "Upload slots per torrent", SettingKind.count(1, 65_535), ClientFields.MAX_UPLOADS),
    MAX_UPLOADS_GLOBAL(
            "max_uploads_global",
            "Upload slots in all (0: unlimited)",
            SettingKind.count(0, 65_535),
            ClientFields.MAX_UPLOADS_GLOBAL),
    MAX_DOWNLOADS_GLOBAL(
            "max_downloads_global",
            "Download slots in all (0: unlimited)",
            SettingKind.count(0, 65_535),
            ClientFields.MAX_DOWNLOADS_GLOBAL),
    PORT_RANGE("port_range", "Listening port range (first-last)", SettingKind.portRange(), ClientFields.PORT_RANGE),
    PORT_RANDOM("port_random", "Pick a random port in the range", SettingKind.flag(), ClientFields.PORT_RANDOM),
    DHT("dht", "DHT", SettingKind.choice(List.of("disable", "off", "auto", "on")), null),
    PEX("pex", "Peer exchange (PEX)", SettingKind.flag(), ClientFields.PEX),
    UDP_TRACKERS("udp_trackers", "UDP trackers", SettingKind.flag(), ClientFields.UDP_TRACKERS),
    ENCRYPTION(
            "encryption",
            "Encryption",
            SettingKind.flags(List.of(
                    "none",
                    "allow_incoming",
                    "try_outgoing",
                    "require",
                    "require_RC4",
                    "enable_retry",
                    "prefer_plaintext")),
            null),
    PIECES_MEMORY(
            "pieces_memory",
            "Memory for pieces (bytes)",
            SettingKind.count(16L << 20, 1L << 44),
            ClientFields.MEMORY_LIMIT),
    HASH_ON_COMPLETION(
            "hash_on_completion",
            "Check the hash when a download completes",
            SettingKind.flag(),
            ClientFields.HASH_ON_COMPLETION),
    DEFAULT_DIRECTORY(
            "default_directory", "Default download directory", SettingKind.directory(), ClientFields.DEFAULT_DIRECTORY);

    private final String key;
    private final String title;
    private final SettingKind kind;
    private final Field<?> field;

    Setting(String key, String title, SettingKind kind, Field<?> field) {
        this.key = key;
        this.title = title;
        this.kind = kind;
        this.field = field;
    }

    /** The name in the API, the CLI and forms: "max_peers". */
    public String key() {
        return key;
    }

    /** How a page labels it. */
    public String title() {
        return title;
    }

    public SettingKind kind() {
        return kind;
    }

    /** The field that reads it back; empty for the write-only ones. */
    public Optional<Field<?>> field() {
        return Optional.ofNullable(field);
    }

    /**
     * @throws IllegalArgumentException naming this setting and what it takes
     */
    public SettingValue parse(String text) {
        return new SettingValue(this, kind.normalize(key, text));
    }

    /** The value as read: a field's Java value in the same text form {@link #parse} gives. */
    public String text(Object read) {
        return kind.text(read);
    }

    /**
     * @throws IllegalArgumentException for a key that is not a setting, listing the ones there are
     */
    public static Setting byKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        throw new IllegalArgumentException("unknown setting '" + BoundedKey.shown(key) + "'; the settings are "
                + String.join(", ", List.of(values()).stream().map(Setting::key).toList()));
    }
}
