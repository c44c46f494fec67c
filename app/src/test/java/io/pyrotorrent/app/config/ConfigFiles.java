package io.pyrotorrent.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes configuration files for tests, always named {@code config.yaml}. */
final class ConfigFiles {

    /** The smallest valid configuration: one managed target, everything else defaulted. */
    static final String MINIMAL = """
            targets:
              - name: local
                managed:
                  dir: ./data/local
            """;

    private ConfigFiles() {}

    static Path write(Path dir, String yaml) {
        try {
            return Files.writeString(dir.resolve("config.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
