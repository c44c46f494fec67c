package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.files.FileLookup;
import io.pyrotorrent.domain.model.files.StorageMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** From rTorrent's path to a local file, refusing anything that escapes its directory. */
final class LocalPaths {

    private LocalPaths() {}

    /**
     * The file {@code relative} inside rTorrent's {@code remoteDirectory}, through the mapping.
     * Checked twice: lexically ("..") and after resolving symlinks (a link pointing out).
     */
    static FileLookup inside(StorageMapping mapping, String remoteDirectory, String relative) {
        String prefix = mapping.remotePath().endsWith("/") ? mapping.remotePath() : mapping.remotePath() + "/";
        if (!(remoteDirectory + "/").startsWith(prefix)) {
            return new FileLookup.NotAvailable("the torrent's directory " + remoteDirectory
                    + " is outside the storage mapping " + mapping.remotePath());
        }
        Path localRoot = mapping.localPath().toAbsolutePath().normalize();
        Path directory = localRoot
                .resolve(remoteDirectory.substring(Math.min(prefix.length(), remoteDirectory.length())))
                .normalize();
        Path file = directory.resolve(relative).normalize();
        if (!directory.startsWith(localRoot) || !file.startsWith(directory) || file.equals(directory)) {
            return new FileLookup.Forbidden("the path leaves the torrent's directory");
        }
        if (!Files.exists(file)) {
            return new FileLookup.NotAvailable("the file is not on disk (yet)");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(directory.toRealPath()) || !real.startsWith(localRoot.toRealPath())) {
                return new FileLookup.Forbidden("a symlink leads out of the torrent's directory");
            }
            if (!Files.isRegularFile(real)) {
                return new FileLookup.NotAvailable("not a regular file");
            }
            return new FileLookup.Found(real, real.getFileName().toString(), Files.size(real));
        } catch (IOException e) {
            return new FileLookup.NotAvailable("cannot read the file: " + e.getMessage());
        }
    }
}
