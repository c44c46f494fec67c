package io.pyrotorrent.domain.model.settings;

import java.util.List;
import java.util.Objects;

/**
 * What changing settings did: the settings as read back in the same round trip, and the ones
 * rTorrent accepted but did not take (rTorrent 0.16 answers 0 to trackers.use_udp.set and keeps
 * reading 1: measured), each with why.
 */
public record SettingsChange(ClientSettings now, List<String> notTaken) {
    public SettingsChange {
        Objects.requireNonNull(now, "now");
        notTaken = List.copyOf(notTaken);
    }
}
