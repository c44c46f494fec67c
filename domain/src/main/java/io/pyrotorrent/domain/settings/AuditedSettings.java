package io.pyrotorrent.domain.settings;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.model.settings.SettingsChange;
import io.pyrotorrent.domain.port.in.ManageSettings;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Every settings change lands in the audit log ("ChangeSettings max_peers=150 dht=auto"), whoever asked. */
public final class AuditedSettings implements ManageSettings {

    private final ManageSettings settings;
    private final AuditLog log;
    private final Clock clock;

    public AuditedSettings(ManageSettings settings, AuditLog log, Clock clock) {
        this.settings = settings;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public ClientSettings read(Principal caller, TargetName target) {
        return settings.read(caller, target);
    }

    @Override
    public SettingsChange change(Principal caller, TargetName target, List<SettingValue> values) {
        Instant at = clock.instant();
        String action = "ChangeSettings "
                + values.stream().map(v -> v.setting().key() + "=" + v.text()).collect(Collectors.joining(" "));
        SettingsChange change;
        try {
            change = settings.change(caller, target, values);
        } catch (RuntimeException e) {
            log.record(
                    new AuditEntry(at, caller.name(), target, action, List.of(), oneLine("failed: " + e.getMessage())));
            throw e;
        }
        String result = change.notTaken().isEmpty() ? "ok" : "ok; not taken: " + String.join("; ", change.notTaken());
        log.record(new AuditEntry(at, caller.name(), target, action, List.of(), oneLine(result)));
        return change;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= 500 ? line : line.substring(0, 500) + "...";
    }
}
