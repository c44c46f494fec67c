package io.pyrotorrent.domain.move;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Carries a torrent's data from one place to another without ever leaving it in neither: a rename
 * where the file system allows one (instant, all or nothing); otherwise a full copy under a hidden
 * name beside the destination, renamed into place only once complete. The old copy is deleted
 * only by {@link #deleteOld}, after rTorrent points at the new one.
 */
final class DataMover {

    private static final int BUFFER = 1 << 20;

    /** How the data got there: what {@link #undo} and {@link #deleteOld} must do. */
    enum Way {
        RENAMED,
        COPIED
    }

    private DataMover() {}

    /** @param progress told each chunk of bytes as it is carried (all at once for a rename) */
    static Way move(MovePlan plan, boolean renameFirst, LongConsumer progress) throws IOException {
        Files.createDirectories(plan.to().getParent());
        if (renameFirst) {
            try {
                Files.move(plan.from(), plan.to(), StandardCopyOption.ATOMIC_MOVE);
                progress.accept(plan.bytes());
                return Way.RENAMED;
            } catch (AtomicMoveNotSupportedException acrossFileSystems) {
                // another file system: copy below
            }
        }
        Path partial = plan.to().resolveSibling("." + plan.to().getFileName() + ".partial-" + UUID.randomUUID());
        try {
            if (plan.files().isEmpty()) {
                copy(plan.from(), partial, progress);
            } else {
                for (Path file : plan.files()) {
                    Path into = partial.resolve(file);
                    Files.createDirectories(into.getParent());
                    copy(plan.from().resolve(file), into, progress);
                }
            }
            Files.move(partial, plan.to(), StandardCopyOption.ATOMIC_MOVE);
            return Way.COPIED;
        } catch (IOException | RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
    }

    /** Puts things back as they were: the rename reversed, or the new copy deleted. */
    static void undo(MovePlan plan, Way way) throws IOException {
        if (way == Way.RENAMED) {
            Files.move(plan.to(), plan.from(), StandardCopyOption.ATOMIC_MOVE);
        } else {
            deleteTree(plan.to());
        }
    }

    /**
     * After a copy: the torrent's own files at the old place, then the folders they leave empty. A
     * file the torrent does not list stays (and so does its folder): it is not the torrent's.
     */
    static void deleteOld(MovePlan plan, Way way) throws IOException {
        if (way == Way.RENAMED) {
            return;
        }
        if (plan.files().isEmpty()) {
            Files.deleteIfExists(plan.from());
            return;
        }
        for (Path file : plan.files()) {
            Files.deleteIfExists(plan.from().resolve(file));
        }
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(plan.from())) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private static void copy(Path from, Path to, LongConsumer progress) throws IOException {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS);
                OutputStream out = Files.newOutputStream(to)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                out.write(buffer, 0, read);
                progress.accept(read);
            }
        }
    }

    /** Deletes what this mover made; symlinks inside are removed, never followed. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
