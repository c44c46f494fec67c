package io.pyrotorrent.app.config;

import static io.pyrotorrent.app.config.ConfigProblems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.disk.LowSpaceWarning;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** disk.lowSpaceWarning: a share or a size, refused in one line when it is neither. */
class DiskConfigTest {

    @TempDir
    Path dir;

    @Test
    void unset_warnsBelowFivePercent() {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL);

        assertThat(ConfigLoader.load(file).disk().lowSpaceWarning()).isEqualTo(new LowSpaceWarning.Percent(5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10%       | PERCENT | 10",
                "2.5 %     | PERCENT | 2.5",
                "50GB      | BYTES   | 50000000000",
                "1.5 TB    | BYTES   | 1500000000000",
                "500 MiB   | BYTES   | 524288000",
                "2gib      | BYTES   | 2147483648",
                "0B        | BYTES   | 0"
            })
    void aShareOrASize_isRead(String text, String kind, String amount) {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL + "disk:\n  lowSpaceWarning: \"" + text + "\"\n");

        LowSpaceWarning read = ConfigLoader.load(file).disk().lowSpaceWarning();

        assertThat(read)
                .isEqualTo(
                        kind.equals("PERCENT")
                                ? new LowSpaceWarning.Percent(Double.parseDouble(amount))
                                : new LowSpaceWarning.Bytes(Long.parseLong(amount)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lots  | expected a share like 5% or a size like 50GB",
                "50    | expected a share like 5% or a size like 50GB",
                "50 XB | expected a share like 5% or a size like 50GB",
                "120%  | is more than 100%",
                "99999999999 TB | is too large"
            })
    void neither_isRefusedInOneLine_namingTheKey(String text, String problem) {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL + "disk:\n  lowSpaceWarning: \"" + text + "\"\n");

        assertRefused(file, 6, "disk.lowSpaceWarning").contains(problem, text);
    }

    @Test
    void aNumberWithoutUnit_isRefused() {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL + "disk:\n  lowSpaceWarning: 5\n");

        assertRefused(file, 6, "disk.lowSpaceWarning").contains("expected a share like 5%");
    }

    @Test
    void anUnknownKey_isRefused() {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL + "disk:\n  lowSpace: 5%\n");

        assertRefused(file, 6, "disk.lowSpace").contains("unknown key", "lowSpaceWarning");
    }
}
