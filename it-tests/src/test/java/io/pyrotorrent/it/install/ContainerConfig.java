package io.pyrotorrent.it.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Config files the image tests mount as /config/pyrotorrent.yaml, and the login they set up. */
final class ContainerConfig {

    static final String USER = "alice";
    static final String PASSWORD = "secret";
    /** {@code pyrotorrent hash-password} of {@link #PASSWORD}. */
    static final String PASSWORD_HASH =
            "pbkdf2-sha256$600000$eCE61IvARG9Xik4fNIvhFA$5v/Eqja3JU+dcwOIwQdwXSQ5Yv3uM6yIX+zAP4izyAQ";

    private ContainerConfig() {}

    /** Listening on 0.0.0.0 inside the container (to be published), so with a user: the image's own case. */
    static String managedTarget() {
        return """
                server:
                  host: 0.0.0.0
                  port: 8080
                targets:
                  - name: local
                    managed:
                      dir: ./data/local
                      portRange: 49164-49174
                users:
                  - name: %s
                    passwordHash: "%s"
                    targets: ["*"]
                """.formatted(USER, PASSWORD_HASH);
    }

    /** World-readable: the container's user (uid 10001) reads it through the bind mount. */
    static Path write(Path dir, String name, String yaml) {
        try {
            Path file = Files.writeString(dir.resolve(name), yaml);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic() {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
