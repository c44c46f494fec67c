package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.TargetName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the documented example loads with every value")
    void fullExample_load_readsEveryValue() {
        Path file = ConfigFiles.write(dir, """
                server:
                  host: 0.0.0.0
                  port: 9090
                  basePath: /torrent
                targets:
                  - name: seedbox
                    url: scgi://127.0.0.1:5000
                    timeout: 30s
                    storage:
                      remotePath: /data
                      localPath: /mnt/seedbox
                  - name: local
                    managed:
                      dir: ./data/local
                      portRange: 50000-50010
                      dht: true
                users:
                  - name: alice
                    passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"
                    targets: [seedbox]
                  - name: bob
                    passwordHash: "hash-of-bob"
                    targets: ["*"]
                    admin: true
                api:
                  enabled: false
                """);

        PyrotorrentConfig config = ConfigLoader.load(file);

        assertThat(config.server()).isEqualTo(new ServerConfig("0.0.0.0", 9090, "/torrent/"));
        assertThat(config.targets())
                .containsExactly(
                        new TargetConfig(
                                TargetName.of("seedbox"),
                                Optional.of(URI.create("scgi://127.0.0.1:5000")),
                                Optional.empty(),
                                Duration.ofSeconds(30),
                                Optional.of(new StorageConfig("/data", Path.of("/mnt/seedbox")))),
                        new TargetConfig(
                                TargetName.of("local"),
                                Optional.empty(),
                                Optional.of(new ManagedConfig(Path.of("./data/local"), "50000-50010", true)),
                                TransportSettings.DEFAULT_READ_TIMEOUT,
                                Optional.empty()));
        assertThat(config.users())
                .containsExactly(
                        new UserConfig("alice", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", List.of("seedbox")),
                        new UserConfig("bob", "hash-of-bob", List.of("*"), true));
        assertThat(config.api().enabled()).isFalse();
    }

    @Test
    @DisplayName("omitted keys take their defaults")
    void minimalFile_load_appliesDefaults() {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL);

        PyrotorrentConfig config = ConfigLoader.load(file);

        assertThat(config.server()).isEqualTo(new ServerConfig("127.0.0.1", 8080, "/"));
        TargetConfig local = config.targets().get(0);
        assertThat(local.managed()).contains(new ManagedConfig(Path.of("./data/local"), "49164-49174", false));
        assertThat(local.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(local.storage()).isEmpty();
        assertThat(config.users()).isEmpty();
        assertThat(config.api().enabled()).isTrue();
    }

    @Test
    @DisplayName("empty sections and a partly given server section fall back to defaults")
    void emptySections_load_appliesDefaults() {
        Path file = ConfigFiles.write(dir, """
                server:
                  port: 9000
                users:
                api:
                """ + ConfigFiles.MINIMAL);

        PyrotorrentConfig config = ConfigLoader.load(file);

        assertThat(config.server()).isEqualTo(new ServerConfig("127.0.0.1", 9000, "/"));
        assertThat(config.users()).isEmpty();
        assertThat(config.api()).isEqualTo(ApiConfig.defaults());
    }

    @ParameterizedTest(name = "the url {0} is accepted")
    @ValueSource(
            strings = {
                "scgi://127.0.0.1:5000",
                "scgi://rtorrent.lan:5000/",
                "scgi:///run/rtorrent/rpc.sock",
                "http://127.0.0.1/RPC2",
                "https://seedbox.example:8443/RPC2"
            })
    void supportedUrl_load_keepsIt(String url) {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: remote\n    url: " + url + "\n");

        PyrotorrentConfig config = ConfigLoader.load(file);

        assertThat(config.targets().get(0).url()).contains(URI.create(url));
    }

    @ParameterizedTest(name = "timeout {0} is {1} ms")
    @CsvSource({"500ms, 500", "10s, 10000", "2m, 120000"})
    void timeoutUnits_load_becomeDurations(String timeout, long millis) {
        Path file = ConfigFiles.write(
                dir, "targets:\n  - name: remote\n    url: scgi://h:5000\n    timeout: " + timeout + "\n");

        TargetConfig target = ConfigLoader.load(file).targets().get(0);

        assertThat(target.timeout()).isEqualTo(Duration.ofMillis(millis));
        assertThat(target.transportSettings().readTimeout()).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "rpc {0} is {1}")
    @CsvSource({"auto, AUTO", "xmlrpc, XMLRPC", "jsonrpc, JSONRPC"})
    void rpc_load_picksTheCodec(String rpc, RtorrentClient.Rpc expected) {
        Path file =
                ConfigFiles.write(dir, "targets:\n  - name: remote\n    url: scgi://h:5000\n    rpc: " + rpc + "\n");

        assertThat(ConfigLoader.load(file).targets().get(0).rpc()).isEqualTo(expected);
    }

    @Test
    void rpc_unset_isAuto() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: remote\n    url: scgi://h:5000\n");

        assertThat(ConfigLoader.load(file).targets().get(0).rpc()).isEqualTo(RtorrentClient.Rpc.AUTO);
    }

    @ParameterizedTest(name = "basePath {0} becomes {1}")
    @CsvSource({"/, /", "torrent, /torrent/", "/torrent, /torrent/", "/torrent/, /torrent/", "/a/b.c/, /a/b.c/"})
    void basePath_load_isNormalised(String basePath, String normalised) {
        Path file = ConfigFiles.write(dir, "server:\n  basePath: " + basePath + "\n" + ConfigFiles.MINIMAL);

        assertThat(ConfigLoader.load(file).server().basePath()).isEqualTo(normalised);
    }
}
