package io.pyrotorrent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginLogTest {

    @Test
    void aNameIsQuotedWithControlCharactersEscaped_soItCannotForgeALogLine() {
        assertThat(LoginLog.shown("alice")).isEqualTo("'alice'");
        assertThat(LoginLog.shown("x\nlogin ok: user 'root'")).isEqualTo("'x\\u000alogin ok: user \\u0027root\\u0027'");
    }

    @Test
    void aLongNameIsCut() {
        assertThat(LoginLog.shown("a".repeat(500))).hasSize(64 + 3);
    }
}
