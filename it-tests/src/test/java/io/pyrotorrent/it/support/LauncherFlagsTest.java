package io.pyrotorrent.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherFlagsTest {

    @Test
    void theFlagsAreTheLaunchersDefault_withItsTrimFlagFilledIn() {
        assertThat(LauncherFlags.JAVA_OPTS)
                .startsWith("-Xms")
                .contains(
                        "-Xmx96m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=1000", "-XX:+ExitOnOutOfMemoryError")
                .doesNotContain("$", "  ");
    }
}
