package io.pyrotorrent.app.watchdir;

import io.pyrotorrent.domain.model.watchdir.DroppedFile;
import io.pyrotorrent.domain.port.out.DroppedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Watch folders on this host's disk. Links are never followed: a listed file is a regular file
 * by its own attributes, it is opened with {@link LinkOption#NOFOLLOW_LINKS} (O_NOFOLLOW), and a
 * {@code loaded} or {@code failed} that is a link is refused, so nothing outside the folder is
 * read, moved or written. Moves never replace a file: a name taken gets a number.
 */
public final class LocalDroppedFiles implements DroppedFiles {

    static final String LOADED = "loaded";
    static final String FAILED = "failed";
    private static final String SUFFIX = ".torrent";

    @Override
    public Optional<String> problem(String directory) {
        Path dir = Path.of(directory);
        if (!Files.exists(dir)) {
            return Optional.of(directory + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of(directory + " is not a directory");
        }
        if (!Files.isReadable(dir) || !Files.isWritable(dir)) {
            return Optional.of(directory + " is not readable and writable by pyroTorrent's user (added files are moved"
                    + " into loaded/ beside them)");
        }
        for (String sub : List.of(LOADED, FAILED)) {
            Path path = dir.resolve(sub);
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(path + " is not a directory (a link is not followed)");
            }
        }
        return Optional.empty();
    }

    @Override
    public List<DroppedFile> list(String directory) {
        var found = new ArrayList<DroppedFile>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(directory))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
                    continue;
                }
                var attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    found.add(new DroppedFile(
                            name,
                            attributes.size(),
                            attributes.lastModifiedTime().toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(DroppedFile::name));
        return List.copyOf(found);
    }

    @Override
    public byte[] read(String directory, String name, long maxBytes) {
        Path file = inside(directory, name);
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IllegalArgumentException("larger than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            // A link swapped in after the listing lands here too (ELOOP): it is refused, not followed.
            throw new IllegalArgumentException("cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String directory, String name) {
        return Files.exists(inside(directory, name), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void moveToLoaded(String directory, String name) {
        move(directory, name, LOADED);
    }

    @Override
    public void moveToFailed(String directory, String name, String reason) {
        Path moved = move(directory, name, FAILED);
        Path note = moved.resolveSibling(moved.getFileName() + ".reason");
        try {
            Files.writeString(
                    note,
                    reason + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + note + ": " + e.getMessage(), e);
        }
    }

    private static Path move(String directory, String name, String sub) {
        Path source = inside(directory, name);
        Path into = subfolder(directory, sub);
        for (int n = 0; ; n++) {
            Path target = into.resolve(n == 0 ? name : numbered(name, n));
            try {
                return Files.move(source, target, LinkOption.NOFOLLOW_LINKS);
            } catch (FileAlreadyExistsException e) {
                if (n >= 1000) {
                    throw new UncheckedIOException("cannot move " + source + ": 1000 files of that name in " + into, e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + source + " into " + into + ": " + e.getMessage(), e);
            }
        }
    }

    /** "a.torrent" the second time is "a-1.torrent": the loaded file keeps its suffix. */
    private static String numbered(String name, int n) {
        int dot = name.length() - SUFFIX.length();
        return name.substring(0, dot) + "-" + n + name.substring(dot);
    }

    private static Path subfolder(String directory, String sub) {
        Path path = Path.of(directory).resolve(sub);
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(path);
            }
        } catch (FileAlreadyExistsException e) {
            // Made by another scan in the meantime: checked below like any other.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new UncheckedIOException(
                    path + " is not a directory (a link is not followed)", new IOException("not a directory"));
        }
        return path;
    }

    /** The name as listed, never a path: nothing outside the folder can be named. */
    private static Path inside(String directory, String name) {
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        return Path.of(directory).resolve(name);
    }
}
