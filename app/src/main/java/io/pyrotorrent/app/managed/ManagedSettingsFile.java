package io.pyrotorrent.app.managed;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.port.out.SettingsKeeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings changed on a managed instance, kept in {@code settings.rc} in its data dir, which the
 * rtorrent.rc pyroTorrent writes imports last: rTorrent forgets RPC changes when it stops, so
 * without this a restart (or a crash and the supervisor's restart) undid them. Each value is kept
 * twice: as the rc line rTorrent reads, and as a comment pyroTorrent reads back (DHT and encryption
 * cannot be asked of rTorrent).
 */
public final class ManagedSettingsFile implements SettingsKeeper {

    static final String FILE = "settings.rc";
    private static final String MARK = "# pyrotorrent ";

    private final Map<TargetName, Path> dataDirs;
    private final Function<SettingValue, String> rcLine;

    /**
     * @param dataDirs each managed target's data dir
     * @param rcLine   the setting as an rc line, from the rTorrent adapter's setter table
     */
    public ManagedSettingsFile(Map<TargetName, Path> dataDirs, Function<SettingValue, String> rcLine) {
        this.dataDirs = Map.copyOf(dataDirs);
        this.rcLine = rcLine;
    }

    @Override
    public boolean keeps(TargetName target) {
        return dataDirs.containsKey(target);
    }

    @Override
    public synchronized void keep(TargetName target, List<SettingValue> values) {
        Path dir = dataDirs.get(target);
        if (dir == null || values.isEmpty()) {
            return;
        }
        var merged = new EnumMap<Setting, SettingValue>(Setting.class);
        kept(target).forEach(value -> merged.put(value.setting(), value));
        values.forEach(value -> merged.put(value.setting(), value));
        var lines = new ArrayList<String>();
        lines.add(
                "# Settings changed through pyroTorrent; imported last by rtorrent.rc. pyroTorrent rewrites this file.");
        for (SettingValue value : merged.values()) {
            lines.add(MARK + value.setting().key() + "=" + value.text());
            lines.add(rcLine.apply(value));
        }
        KeptRcFile.replace(dir, FILE, lines, "the settings");
    }

    /** A line that no longer parses (edited by hand, a setting renamed) is skipped, not fatal. */
    @Override
    public synchronized List<SettingValue> kept(TargetName target) {
        Path dir = dataDirs.get(target);
        if (dir == null || !Files.isRegularFile(dir.resolve(FILE))) {
            return List.of();
        }
        var values = new ArrayList<SettingValue>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                if (!line.startsWith(MARK) || line.indexOf('=') < 0) {
                    continue;
                }
                String entry = line.substring(MARK.length());
                try {
                    values.add(Setting.byKey(entry.substring(0, entry.indexOf('=')))
                            .parse(entry.substring(entry.indexOf('=') + 1)));
                } catch (IllegalArgumentException skipped) {
                    // Not ours any more: rTorrent still reads its rc line, pyroTorrent shows the rest.
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return values;
    }
}
