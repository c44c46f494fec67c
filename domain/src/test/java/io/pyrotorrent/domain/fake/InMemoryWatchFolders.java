package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchIntent;
import io.pyrotorrent.domain.port.out.WatchFolderStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link WatchFolderStore} in maps; it outlives a {@code WatchFolders}, as the file does a restart. */
public final class InMemoryWatchFolders implements WatchFolderStore {

    private final Map<String, WatchFolder> folders = new TreeMap<>();
    private final List<WatchIntent> intents = new ArrayList<>();

    @Override
    public synchronized List<WatchFolder> all() {
        return List.copyOf(folders.values());
    }

    @Override
    public synchronized Optional<WatchFolder> find(TargetName target) {
        return Optional.ofNullable(folders.get(target.value()));
    }

    @Override
    public synchronized void save(WatchFolder folder) {
        folders.put(folder.target().value(), folder);
    }

    @Override
    public synchronized void delete(TargetName target) {
        folders.remove(target.value());
    }

    @Override
    public synchronized void intend(WatchIntent intent) {
        settled(intent.target(), intent.fileName());
        intents.add(intent);
    }

    @Override
    public synchronized List<WatchIntent> intents(TargetName target) {
        return intents.stream().filter(i -> i.target().equals(target)).toList();
    }

    @Override
    public synchronized void settled(TargetName target, String fileName) {
        intents.removeIf(i -> i.target().equals(target) && i.fileName().equals(fileName));
    }
}
