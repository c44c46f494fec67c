package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.disk.DiskUsage;
import java.nio.file.Path;
import java.util.Optional;

/** The file system under a local directory: how much of it is free. A port, so tests need no real disk. */
public interface DiskSpace {

    /** Empty when {@code directory} does not exist or its file system cannot be read; never throws. */
    Optional<DiskUsage> measure(Path directory);
}
