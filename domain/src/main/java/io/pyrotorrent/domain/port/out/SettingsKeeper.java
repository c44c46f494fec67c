package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.settings.SettingValue;
import java.util.List;

/**
 * Where changed settings outlive an rTorrent restart. rTorrent forgets every setting made over
 * RPC when it stops; pyroTorrent's own managed instance reads them back from a file it includes.
 */
public interface SettingsKeeper {

    /** Whether this target's settings are kept (only the managed instance's are). */
    boolean keeps(TargetName target);

    /** Adds these values to what is kept for the target (a later value of a setting wins). */
    void keep(TargetName target, List<SettingValue> values);

    /** What is kept for the target, for showing the write-only settings. */
    List<SettingValue> kept(TargetName target);

    /** Keeps nothing: for targets pyroTorrent does not start itself. */
    SettingsKeeper NONE = new SettingsKeeper() {
        @Override
        public boolean keeps(TargetName target) {
            return false;
        }

        @Override
        public void keep(TargetName target, List<SettingValue> values) {}

        @Override
        public List<SettingValue> kept(TargetName target) {
            return List.of();
        }
    };
}
