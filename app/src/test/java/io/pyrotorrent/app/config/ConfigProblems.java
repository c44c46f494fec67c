package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;

/** Loads a file expected to be refused, and checks its one-line message part by part. */
final class ConfigProblems {

    private ConfigProblems() {}

    /** Asserts the message is one line starting {@code file:line: path: }, and returns it for more checks. */
    static AbstractStringAssert<?> assertRefused(Path file, int line, String path) {
        return assertProblem(file).startsWith(file + ":" + line + ": " + path + ": ");
    }

    /** For problems with the file as a whole, which have no key path and maybe no line. */
    static AbstractStringAssert<?> assertProblem(Path file) {
        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file));
        assertThat(refused).as("loading %s should be refused", file).isNotNull();
        return assertThat(refused.getMessage()).startsWith(file.toString()).doesNotContain("\n", "\r");
    }
}
