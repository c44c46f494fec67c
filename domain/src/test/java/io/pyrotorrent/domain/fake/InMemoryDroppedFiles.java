package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.watchdir.DroppedFile;
import io.pyrotorrent.domain.port.out.DroppedFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Watch folders in memory: files by "directory/name", with what was moved where and why. */
public final class InMemoryDroppedFiles implements DroppedFiles {

    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, Instant> modified = new TreeMap<>();
    private final List<String> directories = new ArrayList<>();
    public final List<String> loaded = new ArrayList<>();
    public final Map<String, String> failed = new TreeMap<>();

    public synchronized InMemoryDroppedFiles directory(String directory) {
        directories.add(directory);
        return this;
    }

    public synchronized void drop(String directory, String name, byte[] bytes, Instant at) {
        files.put(directory + "/" + name, bytes.clone());
        modified.put(directory + "/" + name, at);
    }

    @Override
    public synchronized Optional<String> problem(String directory) {
        return directories.contains(directory) ? Optional.empty() : Optional.of(directory + " does not exist");
    }

    @Override
    public synchronized List<DroppedFile> list(String directory) {
        String prefix = directory + "/";
        return files.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(e -> new DroppedFile(
                        e.getKey().substring(prefix.length()), e.getValue().length, modified.get(e.getKey())))
                .toList();
    }

    @Override
    public synchronized byte[] read(String directory, String name, long maxBytes) {
        byte[] bytes = files.get(directory + "/" + name);
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException("larger than " + maxBytes + " bytes");
        }
        return bytes.clone();
    }

    @Override
    public synchronized boolean exists(String directory, String name) {
        return files.containsKey(directory + "/" + name);
    }

    @Override
    public synchronized void moveToLoaded(String directory, String name) {
        files.remove(directory + "/" + name);
        loaded.add(name);
    }

    @Override
    public synchronized void moveToFailed(String directory, String name, String reason) {
        files.remove(directory + "/" + name);
        failed.put(name, reason);
    }
}
