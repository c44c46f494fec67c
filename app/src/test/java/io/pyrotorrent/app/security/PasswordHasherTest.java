package io.pyrotorrent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHash_isSaltedSlowAndMatchesOnlyItsPassword() {
        String first = PasswordHasher.hash("correct horse".toCharArray());
        String second = PasswordHasher.hash("correct horse".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(second);
        assertThat(PasswordHasher.matches("correct horse".toCharArray(), first)).isTrue();
        assertThat(PasswordHasher.matches("wrong horse".toCharArray(), first)).isFalse();
    }

    @Test
    void aMalformedStoredHash_neverMatches() {
        assertThat(PasswordHasher.matches("x".toCharArray(), "plaintext")).isFalse();
        assertThat(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$1$!!$!!"))
                .isFalse();
    }
}
