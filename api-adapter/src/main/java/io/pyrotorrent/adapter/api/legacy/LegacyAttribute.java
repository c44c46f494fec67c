package io.pyrotorrent.adapter.api.legacy;

import java.util.Objects;
import java.util.Set;

/** One row of the legacy table: its name, the element types it belongs to, rTorrent's command, what it does. */
record LegacyAttribute(String name, Set<LegacyType> types, String command, String description, LegacyMapping mapping) {

    LegacyAttribute {
        Objects.requireNonNull(name, "name");
        types = Set.copyOf(types);
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mapping, "mapping");
    }
}
