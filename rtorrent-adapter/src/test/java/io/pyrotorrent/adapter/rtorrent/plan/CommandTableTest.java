package io.pyrotorrent.adapter.rtorrent.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.field.FieldCatalog;
import io.pyrotorrent.domain.model.field.Scope;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CommandTableTest {

    @Test
    void everyFieldOfTheCatalog_hasAnRtorrentGetterOfItsScope() {
        String[] prefixes = {"", "d.", "f.", "p.", "t."};
        for (Scope scope : Scope.values()) {
            String prefix = prefixes[scope.ordinal()];
            FieldCatalog.all(scope).stream()
                    .filter(field -> field != TorrentFields.TRACKER_URLS)
                    .forEach(field -> assertThat(CommandTable.getter(field))
                            .as(field.toString())
                            .startsWith(prefix));
        }
        assertThat(CommandTable.size())
                .isEqualTo(Arrays.stream(Scope.values())
                        .mapToInt(s -> FieldCatalog.all(s).size())
                        .sum());
    }

    @Test
    void multicallArguments_endWithAnEqualsSign() {
        assertThat(CommandTable.multicallArgument(TorrentFields.NAME)).isEqualTo("d.name=");
        assertThat(CommandTable.getter(TorrentFields.LABEL)).isEqualTo("d.custom1");
    }

    @Test
    void aTorrentsTrackerUrls_areItsOwnTMulticallOfTUrl_inARowAndOnTheirOwn() {
        assertThat(CommandTable.multicallArgument(TorrentFields.TRACKER_URLS)).isEqualTo("t.multicall=,t.url=");
        assertThat(CommandTable.parameters(TorrentFields.TRACKER_URLS, "HASH")).containsExactly("HASH", "", "t.url=");
        assertThat(CommandTable.parameters(TorrentFields.NAME, "HASH")).containsExactly("HASH");
    }
}
