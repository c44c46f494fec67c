package io.pyrotorrent.app.disk;

import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.port.out.DiskSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JDK's view of a file system ({@link java.nio.file.FileStore}, one statfs call). Free is the
 * usable space, what rTorrent (not root) can still write, so a disk with its reserved blocks left
 * shows as full when rTorrent can no longer write to it.
 */
public final class FileStoreDiskSpace implements DiskSpace {

    @Override
    public Optional<DiskUsage> measure(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try {
            var store = Files.getFileStore(directory);
            long total = store.getTotalSpace();
            // Usable can exceed total on some network file systems' odd answers; never above the whole.
            return Optional.of(new DiskUsage(Math.min(store.getUsableSpace(), total), total));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
