package io.pyrotorrent.domain.model.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A target's settings as rTorrent answered them, in text form. A write-only setting (DHT,
 * encryption) shows what pyroTorrent last set since it started, or nothing.
 */
public record ClientSettings(Map<Setting, String> values) {

    public ClientSettings {
        var copy = new EnumMap<Setting, String>(Setting.class);
        copy.putAll(values);
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }
}
