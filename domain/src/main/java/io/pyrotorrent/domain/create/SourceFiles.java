package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.service.MappedPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a new torrent is made of, found under a storage mapping: one file, or every regular
 * file of a folder in a fixed order (path components compared one by one, as clients sort). A
 * symlink anywhere is refused rather than followed, so no byte from outside the storage can end
 * up in a torrent, and nothing that another file points at is hashed twice.
 */
record SourceFiles(Path root, String name, boolean folder, List<Entry> files) {

    /** One file: its path inside the torrent, where it lies, and its length. */
    record Entry(List<String> path, Path file, long length) {}

    SourceFiles {
        files = List.copyOf(files);
    }

    long totalBytes() {
        return files.stream().mapToLong(Entry::length).sum();
    }

    static SourceFiles find(StorageMapping mapping, String source) {
        Path storageRoot = MappedPath.root(mapping);
        Path local = MappedPath.local(mapping, source)
                .filter(path -> !path.equals(storageRoot))
                .orElseThrow(() -> new IllegalArgumentException(
                        "path: " + source + " is not inside the target's storage " + mapping.remotePath()));
        if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("path: " + source + " does not exist");
        }
        if (!MappedPath.real(local).startsWith(MappedPath.real(storageRoot))) {
            throw new IllegalArgumentException("path: " + source + " leads out of the target's storage");
        }
        refuseSymlink(local, source);
        String name = local.getFileName().toString();
        if (Files.isRegularFile(local, LinkOption.NOFOLLOW_LINKS)) {
            return new SourceFiles(local, name, false, List.of(new Entry(List.of(name), local, size(local))));
        }
        var entries = new ArrayList<Entry>();
        try (Stream<Path> walk = Files.walk(local)) {
            for (Path path : walk.toList()) {
                refuseSymlink(path, source + "/" + local.relativize(path));
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    var parts = new ArrayList<String>();
                    local.relativize(path).forEach(part -> parts.add(part.toString()));
                    entries.add(new Entry(parts, path, size(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("path: " + source + " holds no files");
        }
        entries.sort(Comparator.comparing(Entry::path, SourceFiles::compare));
        return new SourceFiles(local, name, true, entries);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static void refuseSymlink(Path path, String shown) {
        if (Files.isSymbolicLink(path)) {
            throw new IllegalArgumentException(
                    "path: " + shown + " is a symlink; torrents are made of real files only");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
