package io.pyrotorrent.domain.move;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.service.MappedPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Decides whether a torrent's data may move, before anything changes. A torrent's names are
 * hostile input: its own path and every file must lie inside the storage mapping both lexically
 * ("..", absolute names) and once symlinks are resolved, and no file may be a symlink (moving one
 * would carry a pointer, maybe out of the storage, not the data). The destination must lie inside
 * the same mapping, symlinks resolved, and must not hold the name already.
 */
final class MovePlanner {

    private MovePlanner() {}

    static MovePlan plan(MoveFacts torrent, StorageMapping mapping, DownloadDirectory destination) {
        Path root = MappedPath.root(mapping);
        Path rootReal = MappedPath.real(root);
        Path directory = MappedPath.local(mapping, torrent.directory())
                .orElseThrow(() -> new MoveRefused("its folder " + torrent.directory()
                        + " is outside the storage mapping " + mapping.remotePath()));
        Path own = torrent.multiFile()
                ? directory
                : directory.resolve(torrent.name()).normalize();
        if (!own.startsWith(root) || own.equals(root) || (!torrent.multiFile() && !directory.equals(own.getParent()))) {
            throw new MoveRefused("its own path leaves the storage mapping " + mapping.remotePath());
        }
        if (Files.isSymbolicLink(own) || !MappedPath.real(own).startsWith(rootReal)) {
            throw new MoveRefused("its own path is a symlink; the data behind it is not moved");
        }
        if (!Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
            throw new MoveRefused("its data is not on disk at " + torrent.directory());
        }
        var files = new ArrayList<Path>();
        long bytes = 0;
        for (String name : torrent.files()) {
            Path file = directory.resolve(name).normalize();
            boolean inside = torrent.multiFile() ? file.startsWith(own) && !file.equals(own) : file.equals(own);
            if (!inside) {
                throw new MoveRefused("its file '" + name + "' leaves the torrent's own path");
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue; // not downloaded (yet, or skipped): nothing to carry
            }
            Path real = MappedPath.real(file);
            if (Files.isSymbolicLink(file) || !real.startsWith(MappedPath.real(own))) {
                throw new MoveRefused("its file '" + name + "' is reached through a symlink");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new MoveRefused("its file '" + name + "' is not a regular file");
            }
            bytes += size(file);
            if (torrent.multiFile()) {
                files.add(own.relativize(file));
            }
        }
        Path target = destination(mapping, destination);
        Path to = target.resolve(own.getFileName());
        if (target.equals(own.getParent())) {
            throw new MoveRefused("it is in " + destination.path() + " already");
        }
        if (to.startsWith(own)) {
            throw new MoveRefused("a folder cannot move into itself");
        }
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new MoveRefused(destination.path() + " holds '" + own.getFileName() + "' already");
        }
        String remote =
                torrent.multiFile() ? trimmed(destination.path()) + "/" + own.getFileName() : destination.path();
        return new MovePlan(own, to, files, bytes, remote, torrent.multiFile());
    }

    /** The destination as a local folder inside the mapping, its existing part free of symlinks out. */
    static Path destination(StorageMapping mapping, DownloadDirectory destination) {
        Path root = MappedPath.root(mapping);
        Path local = MappedPath.local(mapping, trimmed(destination.path()))
                .orElseThrow(() -> new IllegalArgumentException("destination: " + destination.path()
                        + " is outside the target's storage " + mapping.remotePath()));
        Optional<Path> existing = Optional.of(local);
        while (existing.isPresent() && !Files.exists(existing.get())) {
            existing = Optional.ofNullable(existing.get().getParent());
        }
        if (existing.isEmpty() || !MappedPath.real(existing.get()).startsWith(MappedPath.real(root))) {
            throw new IllegalArgumentException(
                    "destination: " + destination.path() + " leads out of the target's storage through a symlink");
        }
        return local;
    }

    private static String trimmed(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new MoveRefused("cannot read '" + file.getFileName() + "': " + e.getMessage());
        }
    }
}
