package io.pyrotorrent.adapter.web.settings;

import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings form of one target: one row per setting with its input kind, and the message of a
 * refused submit (the values as typed stay in the form).
 */
record ClientSettingsPage(String target, List<Row> rows, String error) {

    /** {@code input}: number, checkbox, select, flags (a checkbox each) or text; {@code choices} for select and flags. */
    record Row(
            String key,
            String title,
            String takes,
            String input,
            String value,
            boolean on,
            List<String> choices,
            List<String> checked,
            boolean writeOnly) {}

    static ClientSettingsPage of(String target, ClientSettings now, Map<String, String> typed, String error) {
        var rows = new ArrayList<Row>();
        for (Setting setting : Setting.values()) {
            String value = typed.containsKey(setting.key())
                    ? typed.get(setting.key())
                    : now.get(setting).orElse("");
            SettingKind kind = setting.kind();
            String input = kind instanceof SettingKind.Count
                    ? "number"
                    : kind instanceof SettingKind.Flag
                            ? "checkbox"
                            : kind instanceof SettingKind.Choice
                                    ? "select"
                                    : kind instanceof SettingKind.Flags ? "flags" : "text";
            List<String> choices = kind instanceof SettingKind.Choice choice
                    ? choice.choices()
                    : kind instanceof SettingKind.Flags flags ? flags.flags() : List.of();
            rows.add(new Row(
                    setting.key(),
                    setting.title(),
                    kind.takes(),
                    input,
                    value,
                    value.equals("true"),
                    choices,
                    value.isEmpty() ? List.of() : List.of(value.split(",")),
                    setting.field().isEmpty()));
        }
        return new ClientSettingsPage(target, rows, error);
    }
}
