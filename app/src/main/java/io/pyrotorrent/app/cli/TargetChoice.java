package io.pyrotorrent.app.cli;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import java.util.List;

/** Which target a CLI command acts on: the one named, or the only one configured. */
final class TargetChoice {

    private TargetChoice() {}

    static TargetName choose(List<TargetName> names, String named) {
        if (named != null) {
            TargetName name = TargetName.of(named);
            if (!names.contains(name)) {
                throw new UnknownTargetException(named);
            }
            return name;
        }
        if (names.size() != 1) {
            throw new IllegalArgumentException("several targets are configured; choose one with --target " + names);
        }
        return names.get(0);
    }
}
