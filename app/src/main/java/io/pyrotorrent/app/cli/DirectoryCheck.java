package io.pyrotorrent.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Can this process use a directory as a target needs it, and is there room left on its disk? */
final class DirectoryCheck {

    /** Below this a download or rTorrent's session saves are about to fail. */
    static final long LOW_SPACE_BYTES = 1L << 30;

    private DirectoryCheck() {}

    /** A storage mapping: pyroTorrent reads downloads from it. */
    static Finding readable(String subject, Path dir) {
        if (!Files.isDirectory(dir)) {
            return Finding.fix(subject, dir + " is not a directory here; mount it or correct storage.localPath");
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            return Finding.fix(subject, dir + " is not readable by this user; grant it read access (chmod/chgrp)");
        }
        return space(subject, dir, "readable");
    }

    /** A managed rTorrent's directory: rTorrent writes its session and downloads there. */
    static Finding writable(String subject, Path dir) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return Finding.fix(subject, dir + " cannot be created here; correct managed.dir");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            return Finding.fix(
                    subject, existing + " is not writable by this user; chown it or pick another managed.dir");
        }
        return space(subject, existing, "writable");
    }

    private static Finding space(String subject, Path dir, String access) {
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < LOW_SPACE_BYTES) {
                return Finding.fix(subject, dir + " has only " + free / (1L << 20) + " MiB free; free some space");
            }
            return Finding.ok(subject, dir + " is " + access + ", " + free / (1L << 30) + " GiB free");
        } catch (IOException e) {
            return Finding.fix(subject, "cannot read the free space of " + dir + ": " + e.getMessage());
        }
    }
}
