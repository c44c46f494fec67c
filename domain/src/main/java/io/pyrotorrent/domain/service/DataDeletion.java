package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.KeptFile;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Carries out a plan once the torrent has left rTorrent: each file checked once more just before
 * it goes (still no symlink, still inside the torrent's own path), then the folders it leaves
 * empty, deepest first, up to the torrent's own folder and never one another torrent lives in.
 */
final class DataDeletion {

    private DataDeletion() {}

    static RemovalResult carryOut(RemovalPlan plan) {
        var deleted = new ArrayList<DataFile>();
        var kept = new ArrayList<>(((RemovalPreview.Visible) plan.preview()).kept());
        var folders = new TreeSet<Path>(
                Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (RemovalPlan.Deletion deletion : plan.deletions()) {
            Path file = deletion.local();
            if (Files.isSymbolicLink(file)
                    || !MappedPath.real(file.getParent())
                            .resolve(file.getFileName())
                            .startsWith(plan.ownPath())) {
                kept.add(new KeptFile(deletion.shown().path(), "changed on disk since the preview; left alone"));
                continue;
            }
            try {
                Files.deleteIfExists(file);
                deleted.add(deletion.shown());
                for (Path dir = file.getParent(); dir.startsWith(plan.ownPath()); dir = dir.getParent()) {
                    folders.add(dir);
                }
            } catch (IOException e) {
                kept.add(new KeptFile(deletion.shown().path(), "could not delete it: " + e.getMessage()));
            }
        }
        folders.forEach(
                folder -> removeIfEmpty(folder, plan.others(), plan.preview().hash()));
        var preview = plan.preview();
        return new RemovalResult(preview.hash(), preview.name(), Optional.empty(), deleted, kept);
    }

    private static void removeIfEmpty(Path folder, OtherTorrents others, InfoHash removed) {
        if (Files.isSymbolicLink(folder) || others.anyLivesUnder(folder, removed)) {
            return;
        }
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException stillUsed) {
            // Other files (not the torrent's, or kept) live there: the folder stays with them.
        } catch (IOException e) {
            // An empty folder left behind is harmless; the files, which matter, are reported.
        }
    }
}
