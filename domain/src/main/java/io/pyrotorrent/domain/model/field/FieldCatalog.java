package io.pyrotorrent.domain.model.field;

import java.util.List;
import java.util.Optional;

/** Every field, by scope and by name: how adapters turn a name from a URL into a typed key. */
public final class FieldCatalog {

    private FieldCatalog() {}

    public static List<Field<?>> all(Scope scope) {
        return switch (scope) {
            case CLIENT -> ClientFields.ALL;
            case TORRENT -> TorrentFields.ALL;
            case FILE -> FileFields.ALL;
            case PEER -> PeerFields.ALL;
            case TRACKER -> TrackerFields.ALL;
        };
    }

    public static Optional<Field<?>> find(Scope scope, String name) {
        return all(scope).stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
