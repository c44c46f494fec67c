package io.pyrotorrent.app.config;

import static io.pyrotorrent.app.config.ConfigProblems.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the file as a whole: it names the file, and the line where there is one. */
class ConfigFileRefusalTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a missing file is refused by name")
    void missingFile_isRefused() {
        assertProblem(dir.resolve("absent.yaml")).contains("absent.yaml: no such file; expected a readable YAML file");
    }

    @Test
    @DisplayName("a directory in place of the file is refused")
    void directory_isRefused() {
        assertProblem(dir).isEqualTo(dir + ": is a directory; expected a YAML file");
    }

    @Test
    @DisplayName("malformed YAML is refused with the line of the problem")
    void malformedYaml_isRefused_withLine() {
        Path file = ConfigFiles.write(dir, """
                server:
                  host: 127.0.0.1
                 port: 8080
                """);

        assertProblem(file).startsWith(file + ":3: not valid YAML: ").contains("expected valid YAML");
    }

    @Test
    @DisplayName("a tab used for indentation is refused with its line")
    void tabIndentation_isRefused_withLine() {
        Path file = ConfigFiles.write(dir, "targets:\n\t- name: local\n");

        assertProblem(file).startsWith(file + ":2: not valid YAML: ").contains("TAB");
    }

    @Test
    @DisplayName("an empty file is refused")
    void emptyFile_isRefused() {
        Path file = ConfigFiles.write(dir, "");

        assertProblem(file).isEqualTo(file + ": the file is empty; expected YAML with at least a targets list");
    }

    @Test
    @DisplayName("a file of only comments counts as empty")
    void commentOnlyFile_isRefused() {
        Path file = ConfigFiles.write(dir, "# nothing here yet\n");

        assertProblem(file).isEqualTo(file + ": the file is empty; expected YAML with at least a targets list");
    }

    @Test
    @DisplayName("a file that is not UTF-8 text is refused")
    void notUtf8_isRefused() throws Exception {
        Path file = Files.write(dir.resolve("config.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'});

        assertProblem(file).isEqualTo(file + ": is not UTF-8 text; expected a UTF-8 YAML file");
    }
}
