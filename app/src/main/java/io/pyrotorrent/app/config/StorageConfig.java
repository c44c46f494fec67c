package io.pyrotorrent.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one rTorrent instance's downloads can be read on this machine, for downloads through the
 * frontend: rTorrent reports paths on its own host, which may be mounted elsewhere here.
 *
 * @param remotePath the absolute directory as rTorrent reports it
 * @param localPath  the same directory as this process sees it
 */
public record StorageConfig(String remotePath, Path localPath) {

    static final String EXPECTED_REMOTE_PATH = "an absolute path as rTorrent reports it, like /data";

    public StorageConfig {
        requireRemotePath(remotePath);
        Objects.requireNonNull(localPath, "localPath");
    }

    /** rTorrent only ever reports absolute paths, so a relative one could never match. */
    static String requireRemotePath(String remotePath) {
        Objects.requireNonNull(remotePath, "remotePath");
        if (!remotePath.startsWith("/")) {
            throw new IllegalArgumentException(
                    Quoted.of(remotePath) + " is not absolute; expected " + EXPECTED_REMOTE_PATH);
        }
        return remotePath;
    }
}
