package io.pyrotorrent.app.config;

import static io.pyrotorrent.app.config.ConfigProblems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** server.sessionIdle, server.secureCookies and server.behindProxy: read, defaulted, refused with a line. */
class ServerLoginSettingsTest {

    @TempDir
    Path dir;

    @Test
    void givenSettings_areRead() {
        Path file = ConfigFiles.write(dir, """
                server:
                  sessionIdle: 45m
                  secureCookies: true
                  behindProxy: true
                """ + ConfigFiles.MINIMAL);

        ServerConfig server = ConfigLoader.load(file).server();

        assertThat(server.sessionIdle()).isEqualTo(Duration.ofMinutes(45));
        assertThat(server.secureCookies()).isTrue();
        assertThat(server.behindProxy()).isTrue();
    }

    @Test
    void omittedSettings_areTwelveHoursAndNoProxyOrForcedSecureCookies() {
        ServerConfig server =
                ConfigLoader.load(ConfigFiles.write(dir, ConfigFiles.MINIMAL)).server();

        assertThat(server.sessionIdle()).isEqualTo(Duration.ofHours(12));
        assertThat(server.secureCookies()).isFalse();
        assertThat(server.behindProxy()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "31d", "forever", "10s"})
    void aSessionIdleTimeOutOfRangeOrUnreadable_isRefusedWithTheExpectedForm(String idle) {
        Path file = ConfigFiles.write(dir, "server:\n  sessionIdle: " + idle + "\n" + ConfigFiles.MINIMAL);

        assertRefused(file, 2, "server.sessionIdle").contains("a duration like 30m, 12h or 7d");
    }

    @Test
    void aSecureCookiesValueThatIsNotABoolean_isRefused() {
        Path file = ConfigFiles.write(dir, "server:\n  secureCookies: \"yes please\"\n" + ConfigFiles.MINIMAL);

        assertRefused(file, 2, "server.secureCookies").contains("true or false");
    }

    @Test
    void environmentOverrides_keepTheLoginSettings() {
        Path file = ConfigFiles.write(dir, "server:\n  sessionIdle: 2h\n  behindProxy: true\n" + ConfigFiles.MINIMAL);

        var overridden =
                EnvironmentOverrides.apply(ConfigLoader.load(file), java.util.Map.of("PYROTORRENT_PORT", "9999"));

        assertThat(overridden.server().port()).isEqualTo(9999);
        assertThat(overridden.server().sessionIdle()).isEqualTo(Duration.ofHours(2));
        assertThat(overridden.server().behindProxy()).isTrue();
    }
}
