package io.pyrotorrent.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The JVM flags ./pyrotorrent runs the jar with (its JAVA_OPTS default), read from the launcher
 * itself, so the tests and the benchmark that claim to run "as shipped" cannot drift from it.
 */
public final class LauncherFlags {

    private static final Pattern DEFAULT = Pattern.compile("^\\s*JAVA_OPTS=\"([^\"]+)\"", Pattern.MULTILINE);

    /** The launcher's default flags, with the native-memory trim it adds on JDK 17.0.9 and later. */
    public static final String JAVA_OPTS = read(Path.of("..", "pyrotorrent"));

    private LauncherFlags() {}

    static String read(Path launcher) {
        try {
            var m = DEFAULT.matcher(Files.readString(launcher));
            if (!m.find()) {
                throw new IllegalStateException("no JAVA_OPTS=\"...\" default in " + launcher.toAbsolutePath());
            }
            return m.group(1)
                    .replace("$trim", "-XX:TrimNativeHeapInterval=1000")
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
