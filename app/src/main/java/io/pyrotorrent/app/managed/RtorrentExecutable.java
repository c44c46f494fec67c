package io.pyrotorrent.app.managed;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the rtorrent binary: an explicitly configured path, or the first one on the PATH. */
final class RtorrentExecutable {

    static final String NOT_INSTALLED = "rtorrent is not installed: install it with "
            + "'apt-get install rtorrent' (Debian/Ubuntu) or put it on the PATH";

    private static final String BINARY = "rtorrent";

    private RtorrentExecutable() {}

    /**
     * @param explicit   a configured binary, used as is when present
     * @param searchPath the PATH value to search otherwise
     */
    static Path locate(Optional<Path> explicit, String searchPath) {
        if (explicit.isPresent()) {
            Path binary = explicit.get().toAbsolutePath();
            if (!isExecutableFile(binary)) {
                throw new ManagedRtorrentException("the configured rtorrent executable " + binary
                        + " is missing or not executable; " + NOT_INSTALLED);
            }
            return binary;
        }
        for (String entry : searchPath.split(File.pathSeparator)) {
            Optional<Path> candidate = candidate(entry);
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        throw new ManagedRtorrentException(NOT_INSTALLED);
    }

    private static Optional<Path> candidate(String pathEntry) {
        if (pathEntry.isBlank()) {
            return Optional.empty();
        }
        try {
            Path binary = Path.of(pathEntry).resolve(BINARY).toAbsolutePath();
            return isExecutableFile(binary) ? Optional.of(binary) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean isExecutableFile(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
