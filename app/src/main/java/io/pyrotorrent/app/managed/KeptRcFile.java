package io.pyrotorrent.app.managed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a file the managed rTorrent imports (settings.rc, throttles.rc) whole or not at all: a
 * temporary file beside it, then an atomic rename, so rTorrent never reads half a file after a
 * crash; a failed write leaves no temporary file behind.
 */
final class KeptRcFile {

    private KeptRcFile() {}

    /** @param what what the file keeps, for the error ("the settings") */
    static void replace(Path dir, String name, List<String> lines, String what) {
        Path file = dir.resolve(name);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, name, ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write's own failure is the one to report
                }
            }
            throw new UncheckedIOException("cannot keep " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
