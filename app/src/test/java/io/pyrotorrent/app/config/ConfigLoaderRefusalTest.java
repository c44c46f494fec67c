package io.pyrotorrent.app.config;

import static io.pyrotorrent.app.config.ConfigProblems.assertRefused;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems every user meets sooner or later, each reported as one line with its place. */
class ConfigLoaderRefusalTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an unknown key is named, with the keys allowed there")
    void unknownKey_isRefused_listingAllowedKeys() {
        Path file = ConfigFiles.write(dir, """
                server:
                  host: 127.0.0.1
                  prot: 9000
                """ + ConfigFiles.MINIMAL);

        assertRefused(file, 3, "server.prot").contains("unknown key", "allowed keys are host, port, basePath");
    }

    @Test
    @DisplayName("a target without a name is refused at that target")
    void targetWithoutName_isRefused() {
        Path file = ConfigFiles.write(dir, """
                targets:
                  - url: scgi://127.0.0.1:5000
                """);

        assertRefused(file, 2, "targets[0].name").contains("missing", "expected a target name");
    }

    @Test
    @DisplayName("a second target with the same name is refused, pointing at the first")
    void duplicateTargetName_isRefused() {
        Path file = ConfigFiles.write(dir, """
                targets:
                  - name: seedbox
                    url: scgi://127.0.0.1:5000
                  - name: seedbox
                    url: scgi://127.0.0.1:5001
                """);

        assertRefused(file, 4, "targets[1].name")
                .contains("duplicate target name 'seedbox'", "first used at line 2", "expected each target named once");
    }

    @Test
    @DisplayName("a malformed URL is refused with the accepted forms")
    void malformedUrl_isRefused_listingAcceptedForms() {
        Path file = ConfigFiles.write(dir, """
                targets:
                  - name: local
                    managed:
                      dir: ./data/local
                  # the second one is mistyped
                  - name: seedbox
                    url: scgi//x
                """);

        assertRefused(file, 7, "targets[1].url")
                .isEqualTo(file + ":7: targets[1].url: 'scgi//x' is not a valid URL; "
                        + "expected scgi://host:port, scgi:///path/to.sock or http(s)://host:port/RPC2");
    }

    @Test
    @DisplayName("a URL with an unsupported scheme is refused naming the scheme")
    void unsupportedScheme_isRefused() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: seedbox\n    url: ftp://seedbox/RPC2\n");

        assertRefused(file, 3, "targets[0].url").contains("unsupported scheme 'ftp'", "expected scgi://host:port");
    }

    @Test
    @DisplayName("an SCGI URL without a port is refused")
    void scgiUrlWithoutPort_isRefused() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: seedbox\n    url: scgi://seedbox\n");

        assertRefused(file, 3, "targets[0].url").contains("is not a valid URL", "expected scgi://host:port");
    }

    @Test
    @DisplayName("a target with both url and managed is refused")
    void targetWithUrlAndManaged_isRefused() {
        Path file = ConfigFiles.write(dir, """
                targets:
                  - name: seedbox
                    url: scgi://127.0.0.1:5000
                    managed:
                      dir: ./data
                """);

        assertRefused(file, 2, "targets[0]").contains("has both url and managed", "expected exactly one of url");
    }

    @Test
    @DisplayName("a target with neither url nor managed is refused")
    void targetWithoutConnection_isRefused() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: seedbox\n    timeout: 5s\n");

        assertRefused(file, 2, "targets[0]").contains("has neither url nor managed", "expected exactly one of url");
    }

    @Test
    @DisplayName("an invalid target name is refused with the target-name rule")
    void invalidTargetName_isRefused_withTheNameRule() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: my seedbox\n    url: scgi://h:5000\n");

        assertRefused(file, 2, "targets[0].name").contains("a target name is 1-64 characters", "not 'my seedbox'");
    }

    @Test
    @DisplayName("a port outside 1-65535 is refused")
    void portOutOfRange_isRefused() {
        Path file = ConfigFiles.write(dir, "server:\n  port: 70000\n" + ConfigFiles.MINIMAL);

        assertRefused(file, 2, "server.port").contains("expected a port number between 1 and 65535, got 70000");
    }

    @Test
    @DisplayName("a port that is not a number is refused as the wrong type")
    void portOfWrongType_isRefused() {
        Path file = ConfigFiles.write(dir, "server:\n  port: \"abc\"\n" + ConfigFiles.MINIMAL);

        assertRefused(file, 2, "server.port").contains("expected a port number between 1 and 65535, got 'abc'");
    }

    @Test
    @DisplayName("a timeout without a unit is refused with the accepted units")
    void timeoutWithoutUnit_isRefused() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: a\n    url: scgi://h:1\n    timeout: 10\n");

        assertRefused(file, 4, "targets[0].timeout")
                .contains("got the number 10", "expected a positive duration like 500ms, 10s or 2m");
    }

    @Test
    @DisplayName("an rpc other than auto, xmlrpc or jsonrpc is refused with the three choices")
    void unknownRpc_isRefused() {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: a\n    url: scgi://h:1\n    rpc: json\n");

        assertRefused(file, 4, "targets[0].rpc").contains("'json' is not an RPC mode", "auto, xmlrpc or jsonrpc");
    }

    @Test
    @DisplayName("a zero or unknown-unit timeout is refused")
    void zeroTimeout_isRefused() {
        Path zero = ConfigFiles.write(dir, "targets:\n  - name: a\n    url: scgi://h:1\n    timeout: 0s\n");
        assertRefused(zero, 4, "targets[0].timeout")
                .contains("'0s' is not a valid timeout", "expected a positive duration");

        Path hours = ConfigFiles.write(dir, "targets:\n  - name: a\n    url: scgi://h:1\n    timeout: 1h\n");
        assertRefused(hours, 4, "targets[0].timeout").contains("'1h' is not a valid timeout", "500ms, 10s or 2m");
    }

    @Test
    @DisplayName("a user naming a target that does not exist is refused")
    void userWithUnknownTarget_isRefused() {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL + """
                users:
                  - name: alice
                    passwordHash: "h"
                    targets:
                      - local
                      - seedbox
                """);

        assertRefused(file, 10, "users[0].targets[1]")
                .contains("unknown target 'seedbox'", "expected one of local or \"*\"");
    }

    @Test
    @DisplayName("a second user with the same name is refused")
    void duplicateUserName_isRefused() {
        Path file = ConfigFiles.write(dir, ConfigFiles.MINIMAL + """
                users:
                  - name: alice
                    passwordHash: "h1"
                    targets: ["*"]
                  - name: alice
                    passwordHash: "h2"
                    targets: [local]
                """);

        assertRefused(file, 9, "users[1].name").contains("duplicate user name 'alice'", "first used at line 6");
    }
}
