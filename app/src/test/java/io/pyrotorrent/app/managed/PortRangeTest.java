package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {

    @Test
    void parse_readsFirstAndLast() {
        assertThat(PortRange.parse(" 49164-49174 ")).isEqualTo(new PortRange(49164, 49174));
        assertThat(PortRange.parse("6881-6881")).hasToString("6881-6881");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6881", "6890-6881", "0-10", "1-65536", "1-2\nexecute = rm", "a-b"})
    void parse_refusesAnythingElse(String text) {
        assertThatThrownBy(() -> PortRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port range");
    }
}
