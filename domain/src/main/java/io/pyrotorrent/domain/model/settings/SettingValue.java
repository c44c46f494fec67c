package io.pyrotorrent.domain.model.settings;

import java.util.List;
import java.util.Objects;

/** A setting with a value its kind accepted, in the kind's one text form. Made by {@link Setting#parse}. */
public record SettingValue(Setting setting, String text) {

    public SettingValue {
        Objects.requireNonNull(setting, "setting");
        if (!setting.kind().normalize(setting.key(), text).equals(text)) {
            throw new IllegalArgumentException(setting.key() + ": not in its normal form: " + text);
        }
    }

    /** For counts and byte sizes. */
    public long number() {
        return Long.parseLong(text);
    }

    /** For flags. */
    public boolean on() {
        return text.equals("true");
    }

    /** For the encryption flags: each one. */
    public List<String> parts() {
        return List.of(text.split(","));
    }
}
