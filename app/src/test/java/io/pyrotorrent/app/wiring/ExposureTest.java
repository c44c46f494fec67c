package io.pyrotorrent.app.wiring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.app.config.Defaults;
import io.pyrotorrent.app.config.PyrotorrentConfig;
import io.pyrotorrent.app.config.ServerConfig;
import io.pyrotorrent.app.config.UserConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without users there is no login, so only a loopback address may be bound. */
class ExposureTest {

    private final PyrotorrentConfig noUsers = Defaults.embedded();

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10"})
    void withoutUsers_aNonLoopbackAddress_isRefusedWithALineSayingWhatToDo(String host) {
        var config = noUsers.withServer(new ServerConfig(host, 8080, "/"));

        assertThatThrownBy(() -> Exposure.check(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a loopback address, and no users are configured")
                .hasMessageContaining("hash-password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "localhost"})
    void withoutUsers_loopback_isFine(String host) {
        assertThatCode(() -> Exposure.check(noUsers.withServer(new ServerConfig(host, 8080, "/"))))
                .doesNotThrowAnyException();
    }

    @Test
    void withUsers_anyAddress_isFine() {
        var withUsers = new PyrotorrentConfig(
                new ServerConfig("0.0.0.0", 8080, "/"),
                noUsers.targets(),
                List.of(new UserConfig("alice", "hash", List.of("*"))),
                noUsers.api());

        assertThatCode(() -> Exposure.check(withUsers)).doesNotThrowAnyException();
    }
}
