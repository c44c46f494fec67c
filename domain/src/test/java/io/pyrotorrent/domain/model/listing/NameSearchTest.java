package io.pyrotorrent.domain.model.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The name search: substring, regular expression by flag or between slashes, bad patterns refused. */
class NameSearchTest {

    @Test
    @DisplayName("a plain search is a substring without case; regex characters are literal")
    void plain_isASubstring() {
        var search = new NameSearch("UBUNTU.", false);

        assertThat(search.predicate().test("ubuntu.iso")).isTrue();
        assertThat(search.predicate().test("ubuntu-iso")).isFalse();
    }

    @Test
    @DisplayName("text between slashes is a regular expression without the flag")
    void slashes_makeARegularExpression() {
        var search = new NameSearch(" /^ubuntu-2[24]\\./ ", false);

        assertThat(search.regex()).isTrue();
        assertThat(search.text()).isEqualTo("^ubuntu-2[24]\\.");
        assertThat(search.predicate().test("Ubuntu-24.04.iso")).isTrue();
        assertThat(search.predicate().test("ubuntu-23.10.iso")).isFalse();
        assertThat(new NameSearch("/", false).regex()).isFalse();
        assertThat(new NameSearch("//", false).predicate().test("a//b")).isTrue();
    }

    @Test
    @DisplayName("a bad pattern, flagged or between slashes, is refused with a message naming the search")
    void badPattern_isRefusedClearly() {
        assertThatThrownBy(() -> new NameSearch("/[unclosed/", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search is not a valid regular expression: Unclosed character class");
        assertThatThrownBy(() -> new NameSearch("(", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search is not a valid regular expression");
    }
}
