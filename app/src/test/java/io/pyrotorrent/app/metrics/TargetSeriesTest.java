package io.pyrotorrent.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetSeriesTest {

    private static final String TEXT = """
            # HELP hits reads
            # TYPE hits counter
            hits_total{target="alpha"} 1.0
            hits_total{target="beta"} 2.0
            # HELP beta_only only beta
            # TYPE beta_only counter
            beta_only_total{target="beta"} 3.0
            # HELP http requests
            # TYPE http summary
            http_count{route="/x/{target}",note="target=\\"beta\\" and \\\\"} 4
            http_count 5
            broken{target="beta 6
            """;

    @Test
    void keepsVisibleTargetsAndUntargetedSeries_dropsTheRestWithTheirHelp() {
        String alpha = TargetSeries.filter(TEXT, "alpha"::equals);

        assertThat(alpha).isEqualTo("""
                        # HELP hits reads
                        # TYPE hits counter
                        hits_total{target="alpha"} 1.0
                        # HELP http requests
                        # TYPE http summary
                        http_count{route="/x/{target}",note="target=\\"beta\\" and \\\\"} 4
                        http_count 5
                        """);
    }

    @Test
    void everyTargetVisible_keepsEveryParsableLine() {
        assertThat(TargetSeries.filter(TEXT, target -> true))
                .contains("beta_only_total{target=\"beta\"} 3.0", "# HELP beta_only only beta")
                .doesNotContain("broken");
    }
}
