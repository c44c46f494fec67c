package io.pyrotorrent.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad config stops the start with ONE line naming the file, the key and what is expected. */
@Timeout(60)
class BadConfigIT {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key       | server:\\n  prot: 8080\\n                                                       | server.prot
            missing name      | targets:\\n  - url: scgi://127.0.0.1:5000\\n                                 | targets[0].name
            duplicate target  | targets:\\n  - name: a\\n    url: scgi://127.0.0.1:1\\n  - name: a\\n    url: scgi://127.0.0.1:2\\n | targets[1].name
            malformed url     | targets:\\n  - name: a\\n    url: scgi//nowhere\\n                           | targets[0].url
            """)
    void aBadConfig_exits2WithOneLineNamingFileAndKey(String what, String yaml, String key) throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), yaml.replace("\\n", "\n"));

        var result = PyrotorrentProcess.run(dir, "--config", config.toString());

        assertThat(result.exitCode()).as(what).isEqualTo(2);
        var lines = result.stderr().strip().lines().toList();
        assertThat(lines).as(result.stderr()).hasSize(1);
        assertThat(lines.get(0)).contains("bad.yaml", key).doesNotContain("Exception");
    }

    @ParameterizedTest(name = "unreadable file {0}")
    @CsvSource({"missing.yaml"})
    void anUnreadableFile_exits2NamingIt(String name) {
        var result = PyrotorrentProcess.run(dir, "--config", dir.resolve(name).toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr().strip().lines().toList())
                .singleElement()
                .asString()
                .contains(name);
    }
}
