package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.legacy.LegacyAttributeRows;
import io.pyrotorrent.adapter.rtorrent.plan.RtorrentCommandNames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The legacy API prints an rTorrent command beside each attribute (GET api/attributes), but the API
 * adapter may not see the rTorrent adapter's table. Here, where every module is visible, each
 * printed name is checked against what the rTorrent adapter really sends, so neither can drift.
 */
class LegacyCommandTableTest {

    @Test
    @DisplayName("every legacy getter and command names the rTorrent command the adapter sends for it")
    void everyLegacyAttribute_namesTheCommandTheRtorrentAdapterSends() {
        int checked = 0;
        for (var row : LegacyAttributeRows.all()) {
            if (row.reads().isPresent()) {
                assertThat(row.command())
                        .as(row.name())
                        .isEqualTo(RtorrentCommandNames.getter(row.reads().get()));
                checked++;
            } else if (row.runs().isPresent()) {
                assertThat(row.command())
                        .as(row.name())
                        .isEqualTo(
                                RtorrentCommandNames.methods(row.runs().get()).get(0));
                checked++;
            }
        }
        // Only the unsupported settings (no domain command) are left unchecked.
        assertThat(checked).isGreaterThan(60);
    }
}
