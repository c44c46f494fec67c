package io.pyrotorrent.domain.settings;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.model.settings.SettingsChange;
import io.pyrotorrent.domain.port.in.ManageSettings;
import io.pyrotorrent.domain.port.out.SettingsKeeper;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.Targets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the settings in one round trip, and changes them in one: every setter, then every getter,
 * so the answer is what rTorrent holds after the change, not what was asked for. A value rTorrent
 * accepted but reads back otherwise is reported as not taken. DHT and encryption cannot be read
 * from rTorrent, so the last value set through pyroTorrent (or kept for the managed instance) is shown.
 */
public final class SettingsService implements ManageSettings {

    private static final List<Field<?>> READABLE = List.of(Setting.values()).stream()
            .flatMap(setting -> setting.field().stream())
            .toList();

    private final Access access;
    private final SettingsKeeper keeper;
    private final Map<TargetName, Map<Setting, String>> lastSet = new ConcurrentHashMap<>();

    public SettingsService(Targets targets, SettingsKeeper keeper) {
        this.access = new Access(targets);
        this.keeper = keeper;
    }

    @Override
    public ClientSettings read(Principal caller, TargetName target) {
        var request = Request.builder();
        Ref<Row> row = request.add(ClientQuery.of(READABLE));
        Snapshot snapshot = access.client(caller, target).send(request.build());
        return settings(target, snapshot.get(row));
    }

    @Override
    public SettingsChange change(Principal caller, TargetName target, List<SettingValue> values) {
        var request = Request.builder();
        var changes = new ArrayList<Ref<?>>();
        for (SettingValue value : values) {
            changes.add(request.add(new Command.ChangeSetting(value)));
        }
        Ref<Row> row = request.add(ClientQuery.of(READABLE));
        Snapshot snapshot = access.client(caller, target).send(request.build());
        for (int i = 0; i < values.size(); i++) {
            if (snapshot.outcome(changes.get(i)) instanceof Outcome.Failure<?> failure) {
                throw new TorrentClientException(failure.failure());
            }
        }
        var written = lastSet.computeIfAbsent(target, t -> new ConcurrentHashMap<>());
        values.stream()
                .filter(value -> value.setting().field().isEmpty())
                .forEach(value -> written.put(value.setting(), value.text()));
        ClientSettings now = settings(target, snapshot.get(row));
        var notTaken = new ArrayList<String>();
        for (SettingValue value : values) {
            now.get(value.setting())
                    .filter(read -> !read.equals(value.text()))
                    .ifPresent(read -> notTaken.add(value.setting().key() + ": rTorrent accepted " + value.text()
                            + " but still reads " + read + " (this rTorrent version ignores it)"));
        }
        if (keeper.keeps(target)) {
            keeper.keep(
                    target,
                    values.stream()
                            .filter(value -> now.get(value.setting())
                                    .map(value.text()::equals)
                                    .orElse(true))
                            .toList());
        }
        return new SettingsChange(now, notTaken);
    }

    private ClientSettings settings(TargetName target, Row row) {
        var values = new EnumMap<Setting, String>(Setting.class);
        for (SettingValue kept : keeper.kept(target)) {
            values.put(kept.setting(), kept.text());
        }
        values.putAll(lastSet.getOrDefault(target, Map.of()));
        for (Setting setting : Setting.values()) {
            setting.field().ifPresent(field -> values.put(setting, setting.text(row.get(field))));
        }
        return new ClientSettings(values);
    }
}
