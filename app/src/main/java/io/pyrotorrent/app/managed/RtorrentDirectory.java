package io.pyrotorrent.app.managed;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

/**
 * The data directory of a managed rTorrent: {@code session/}, {@code download/}, {@code run/}
 * (0700, holding {@code rpc.sock}), {@code rtorrent.rc} and {@code rtorrent.log}.
 */
record RtorrentDirectory(Path root) {

    /** sun_path is 108 bytes including the terminating NUL. */
    private static final int MAX_SOCKET_PATH_BYTES = 107;

    private static final int TAIL_BYTES = 8 * 1024;

    RtorrentDirectory {
        root = root.toAbsolutePath().normalize();
        String text = root.toString();
        // rtorrent's -o option splits at commas even inside quotes, and quotes or backslashes
        // would end the quoted paths in the rc file early.
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("the rtorrent data dir '" + text
                    + "' must not contain commas, quotes, backslashes or control characters");
        }
        int socketBytes = root.resolve("run/rpc.sock").toString().getBytes(StandardCharsets.UTF_8).length;
        if (socketBytes > MAX_SOCKET_PATH_BYTES) {
            throw new IllegalArgumentException("the rtorrent data dir '" + text + "' is too long: its "
                    + "run/rpc.sock path takes " + socketBytes + " bytes, unix sockets allow "
                    + MAX_SOCKET_PATH_BYTES);
        }
    }

    Path session() {
        return root.resolve("session");
    }

    Path download() {
        return root.resolve("download");
    }

    Path run() {
        return root.resolve("run");
    }

    Path socket() {
        return run().resolve("rpc.sock");
    }

    Path rcFile() {
        return root.resolve("rtorrent.rc");
    }

    Path logFile() {
        return root.resolve("rtorrent.log");
    }

    /** {@code scgi:///abs/path/rpc.sock}, spaces and all percent-encoded. */
    URI url() {
        try {
            return new URI("scgi", "", socket().toString(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URL of " + socket(), e);
        }
    }

    /** Creates what is missing and removes a socket left by a crash, which would block the new one. */
    void prepare() {
        try {
            Files.createDirectories(session());
            Files.createDirectories(download());
            Files.createDirectories(run());
            // Anyone who can connect to the socket can run shell commands as this user.
            Files.setPosixFilePermissions(run(), PosixFilePermissions.fromString("rwx------"));
            Files.deleteIfExists(socket());
        } catch (IOException | RuntimeException e) {
            throw new ManagedRtorrentException("cannot prepare the rtorrent data dir " + root + ": " + e, e);
        }
    }

    void removeSocket() {
        try {
            Files.deleteIfExists(socket());
        } catch (IOException e) {
            throw new ManagedRtorrentException("cannot remove " + socket() + ": " + e, e);
        }
    }

    /** The last lines of rtorrent.log, for error messages; reads only its end however big it grew. */
    String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile().toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(
                    new String(bytes, StandardCharsets.UTF_8).strip().split("\n"));
            String tail = String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            return tail.isBlank() ? "(" + logFile() + " is empty)" : tail;
        } catch (FileNotFoundException e) {
            return "(" + logFile() + " does not exist)";
        } catch (IOException e) {
            return "(cannot read " + logFile() + ": " + e.getMessage() + ")";
        }
    }
}
