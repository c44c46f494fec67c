package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.KeptFile;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, file by file, what removing a torrent's data may delete. A torrent's names are
 * hostile input: each file must lie inside the torrent's own path both lexically ("..", absolute
 * names) and once symlinks are resolved, must not be a symlink itself, and must not lie inside
 * another torrent's own path on any target sharing the storage.
 */
final class RemovalPlanner {

    /** What rTorrent says about the torrent: its name, d.directory, d.is_multi_file and f.path / f.size_bytes. */
    record Torrent(InfoHash hash, String name, String directory, boolean multiFile, List<String> files) {}

    private RemovalPlanner() {}

    /**
     * @param others every torrent sharing the storage (this one is left out of its own checks)
     */
    static RemovalPlan plan(Torrent torrent, StorageMapping mapping, OtherTorrents others) {
        Optional<Path> directory = MappedPath.local(mapping, torrent.directory());
        if (directory.isEmpty()) {
            return notVisible(
                    torrent,
                    "its folder " + torrent.directory() + " is outside the storage mapping " + mapping.remotePath());
        }
        Path own = torrent.multiFile()
                ? directory.get()
                : directory.get().resolve(torrent.name()).normalize();
        Path root = MappedPath.root(mapping);
        if (!own.startsWith(directory.get()) || !own.startsWith(root) || own.equals(root)) {
            return notVisible(torrent, "its own path leaves the storage mapping " + mapping.remotePath());
        }
        Path ownReal = MappedPath.real(own);
        if (!ownReal.startsWith(MappedPath.real(root))) {
            return notVisible(torrent, "its own path is a symlink out of the storage mapping");
        }
        var deleted = new ArrayList<DataFile>();
        var kept = new ArrayList<KeptFile>();
        var deletions = new ArrayList<RemovalPlan.Deletion>();
        for (String name : torrent.files()) {
            Path file = directory.get().resolve(name).normalize();
            String keep = keepReason(file, own, ownReal, torrent, others);
            if (keep != null) {
                kept.add(new KeptFile(name, keep));
                continue;
            }
            Path real = MappedPath.real(file.getParent()).resolve(file.getFileName());
            try {
                var shown = new DataFile(name, Files.size(real));
                deleted.add(shown);
                deletions.add(new RemovalPlan.Deletion(shown, real));
            } catch (IOException e) {
                kept.add(new KeptFile(name, "cannot read it: " + e.getMessage()));
            }
        }
        var preview = new RemovalPreview.Visible(torrent.hash(), torrent.name(), deleted, kept);
        return new RemovalPlan(preview, deletions, ownReal, others);
    }

    /** Why this file stays, or null when it may go. */
    private static String keepReason(Path file, Path own, Path ownReal, Torrent torrent, OtherTorrents others) {
        boolean inside = torrent.multiFile() ? file.startsWith(own) && !file.equals(own) : file.equals(own);
        if (!inside) {
            return "its path leaves the torrent's own path";
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not on disk";
        }
        if (Files.isSymbolicLink(file)) {
            return "a symlink: neither it nor what it points to is the torrent's data to delete";
        }
        Path real = MappedPath.real(file.getParent()).resolve(file.getFileName());
        if (!real.startsWith(ownReal)) {
            return "reached through a symlink leaving the torrent's own path";
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        if (others.blocked().isPresent()) {
            return others.blocked().get();
        }
        return others.using(real, torrent.hash())
                .map(other -> "also used by " + other.shownAs())
                .orElse(null);
    }

    private static RemovalPlan notVisible(Torrent torrent, String why) {
        return RemovalPlan.notVisible(new RemovalPreview.NotVisible(
                torrent.hash(), torrent.name(), "pyroTorrent cannot see this torrent's files: " + why));
    }
}
