package io.pyrotorrent.app.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole text of a configuration file, or a one-line reason it cannot be had. */
final class ConfigFileText {

    private ConfigFileText() {}

    static String read(Path file) {
        String fileName = file.toString();
        if (Files.isDirectory(file)) {
            throw new ConfigException(fileName + ": is a directory; expected a YAML file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(fileName + ": no such file; expected a readable YAML file");
        }
        if (!Files.isReadable(file)) {
            throw new ConfigException(fileName + ": not readable; expected a file this user may read");
        }
        try {
            // Decoding strictly: a Latin-1 file would otherwise load with silently garbled names.
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ConfigException(fileName + ": is not UTF-8 text; expected a UTF-8 YAML file", e);
        } catch (IOException e) {
            throw new ConfigException(fileName + ": cannot be read (" + e + "); expected a readable YAML file", e);
        }
    }
}
