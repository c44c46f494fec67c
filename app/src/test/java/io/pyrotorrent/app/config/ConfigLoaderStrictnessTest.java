package io.pyrotorrent.app.config;

import static io.pyrotorrent.app.config.ConfigProblems.assertRefused;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Less common mistakes, which must be refused just as clearly as the everyday ones. */
class ConfigLoaderStrictnessTest {

    private static final String REMOTE = "targets:\n  - name: seedbox\n    url: scgi://h:5000\n";

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "a key given twice",
                        REMOTE + "api:\n  enabled: true\n  enabled: false\n",
                        6,
                        "api.enabled",
                        "duplicate key, first given at line 5"),
                Arguments.of(
                        "a list at the top",
                        "- targets\n",
                        1,
                        "",
                        "expected a mapping with the keys server, targets, users, api, dataDir, audit, rss, disk, got a list"),
                Arguments.of(
                        "a second YAML document",
                        REMOTE + "---\napi:\n  enabled: true\n",
                        5,
                        "",
                        "a second YAML document starts here; expected one"),
                Arguments.of(
                        "a YAML alias",
                        "targets:\n  - name: &n seedbox\n    url: *n\n",
                        3,
                        "targets[0].url",
                        "YAML aliases (*name) are not supported"),
                Arguments.of(
                        "no targets", "server:\n  port: 8080\n", 1, "targets", "missing; expected a list of targets"),
                Arguments.of(
                        "an empty targets list", "targets: []\n", 1, "targets", "is empty; expected a list of targets"),
                Arguments.of(
                        "an unknown key in a target",
                        REMOTE + "    weight: 3\n",
                        4,
                        "targets[0].weight",
                        "allowed keys are name, url, managed, timeout, storage"),
                Arguments.of(
                        "a managed target without dir",
                        "targets:\n  - name: local\n    managed:\n      dht: true\n",
                        3,
                        "targets[0].managed.dir",
                        "missing; expected the directory"),
                Arguments.of(
                        "a malformed port range",
                        "targets:\n  - name: l\n    managed:\n      dir: d\n" + "      portRange: 6000-5000\n",
                        5,
                        "targets[0].managed.portRange",
                        "'6000-5000' is not a port range; expected a port range like 50000-50010"),
                Arguments.of(
                        "dht that is not a boolean",
                        "targets:\n  - name: l\n    managed:\n      dir: d\n" + "      dht: \"on\"\n",
                        5,
                        "targets[0].managed.dht",
                        "expected true or false, got 'on'"),
                Arguments.of(
                        "a relative remote path",
                        REMOTE + "    storage:\n      remotePath: data\n" + "      localPath: /mnt\n",
                        5,
                        "targets[0].storage.remotePath",
                        "'data' is not absolute"),
                Arguments.of(
                        "a base path with a space",
                        "server:\n  basePath: /my torrents\n" + REMOTE,
                        2,
                        "server.basePath",
                        "'/my torrents' is not a base path; expected a URL path like /torrent"),
                Arguments.of(
                        "a base path with '..'",
                        "server:\n  basePath: /a/../b\n" + REMOTE,
                        2,
                        "server.basePath",
                        "is not a base path"),
                Arguments.of(
                        "a host with a space",
                        "server:\n  host: local host\n" + REMOTE,
                        2,
                        "server.host",
                        "is not a host; expected a host name or IP address"),
                Arguments.of(
                        "port zero",
                        "server:\n  port: 0\n" + REMOTE,
                        2,
                        "server.port",
                        "expected a port number between 1 and 65535, got 0"),
                Arguments.of(
                        "api.enabled as text",
                        REMOTE + "api:\n  enabled: \"maybe\"\n",
                        5,
                        "api.enabled",
                        "expected true or false, got 'maybe'"),
                Arguments.of(
                        "a user without a password hash",
                        REMOTE + "users:\n  - name: bob\n    targets: [\"*\"]\n",
                        5,
                        "users[0].passwordHash",
                        "missing; expected the hash of this user's password"),
                Arguments.of(
                        "a user with no targets",
                        REMOTE + "users:\n  - name: bob\n    passwordHash: h\n" + "    targets: []\n",
                        7,
                        "users[0].targets",
                        "is empty; expected a list of target names"),
                Arguments.of(
                        "a user name with ':'",
                        REMOTE + "users:\n  - name: \"bo:b\"\n    passwordHash: h\n" + "    targets: [\"*\"]\n",
                        5,
                        "users[0].name",
                        "without spaces or ':'"),
                Arguments.of(
                        "admin given as a quoted word",
                        REMOTE
                                + "users:\n  - name: bob\n    passwordHash: h\n    targets: [\"*\"]\n    admin: \"true\"\n",
                        8,
                        "users[0].admin",
                        "expected true or false, got 'true'"),
                Arguments.of(
                        "admin given as a number",
                        REMOTE + "users:\n  - name: bob\n    passwordHash: h\n    targets: [\"*\"]\n    admin: 1\n",
                        8,
                        "users[0].admin",
                        "expected true or false, got the number 1"),
                Arguments.of(
                        "a line break in a value",
                        "targets:\n  - name: \"sea\\nbox\"\n    url: scgi://h:1\n",
                        2,
                        "targets[0].name",
                        "not 'sea\\nbox'"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("mistakes")
    void mistake_isRefused_withPlaceAndExpectation(
            String mistake, String yaml, int line, String path, String expected) {
        Path file = ConfigFiles.write(dir, yaml);

        if (path.isEmpty()) {
            ConfigProblems.assertProblem(file)
                    .startsWith(file + ":" + line + ": ")
                    .contains(expected);
        } else {
            assertRefused(file, line, path).contains(expected);
        }
    }
}
