package io.pyrotorrent.adapter.web;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebPortsTest {

    @Test
    @DisplayName("a port left out of the builder is refused by its name, not found later as a null")
    void builder_withAPortLeftOut_refusesNamingIt() {
        var builder = WebPorts.builder().overview((caller, listing) -> null).torrent((caller, target, hash) -> null);

        assertThatNullPointerException().isThrownBy(builder::build).withMessage("list");
    }
}
