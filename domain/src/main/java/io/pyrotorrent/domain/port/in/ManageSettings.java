package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.model.settings.SettingsChange;
import java.util.List;

/**
 * A target's client settings (peers, slots, ports, DHT, PEX, encryption, ...), read and changed
 * live. Both throw {@link io.pyrotorrent.domain.model.UnknownTargetException} for a target the
 * caller may not use, exactly as for one that does not exist, and
 * {@link io.pyrotorrent.domain.model.TorrentClientException} when the instance fails as a whole.
 */
public interface ManageSettings {

    ClientSettings read(Principal caller, TargetName target);

    /**
     * Sets every value in ONE round trip and reads the settings back in the same one.
     *
     * @throws io.pyrotorrent.domain.model.TorrentClientException also when rTorrent refused one of them
     */
    SettingsChange change(Principal caller, TargetName target, List<SettingValue> values);
}
