package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Renaming a label on every torrent that has it, and only those: one read, one batch of changes, each audited. */
class LabelRenameServiceTest {

    private static final TargetName LOCAL = TargetName.of("local");
    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final TorrentService torrents =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(LOCAL, client)));
    private final LabelRenameService service =
            new LabelRenameService(torrents, new AuditedControl(torrents, audit, new TestClock()));

    @Test
    @DisplayName("every torrent with label A gets B, the others keep theirs, in one read and one round trip of changes")
    void renamesOnlyTheCarriers() {
        var a1 = client.put(TestTorrent.unique("a1").metainfo(), true).label(Label.of("linux"));
        var a2 = client.put(TestTorrent.unique("a2").metainfo(), false).label(Label.of("linux"));
        var other = client.put(TestTorrent.unique("o").metainfo(), true).label(Label.of("linux-iso"));
        var none = client.put(TestTorrent.unique("n").metainfo(), true);
        long before = client.roundTrips();

        var result = service.rename(Principal.LOCAL, LOCAL, Label.of("linux"), Label.of("distros"));

        assertThat(client.roundTrips() - before).isEqualTo(2);
        assertThat(result.renamed()).containsExactlyInAnyOrder(a1.hash(), a2.hash());
        assertThat(result.failed()).isEmpty();
        assertThat(a1.label()).isEqualTo(Label.of("distros"));
        assertThat(a2.label()).isEqualTo(Label.of("distros"));
        assertThat(other.label()).isEqualTo(Label.of("linux-iso"));
        assertThat(none.label()).isEqualTo(Label.NONE);
        assertThat(audit.find(AuditQuery.latest(100))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SetLabel distros");
            assertThat(entry.torrents())
                    .containsExactlyInAnyOrder(a1.hash().hex(), a2.hash().hex());
            assertThat(entry.result()).isEqualTo("ok");
        });
    }

    @Test
    void anEmptyNewName_removesTheLabel() {
        var a = client.put(TestTorrent.unique("a").metainfo(), true).label(Label.of("old"));

        service.rename(Principal.LOCAL, LOCAL, Label.of("old"), Label.NONE);

        assertThat(a.label()).isEqualTo(Label.NONE);
    }

    @Test
    void aLabelNobodyHas_changesNothingAndSendsNothing() {
        client.put(TestTorrent.unique("a").metainfo(), true).label(Label.of("x"));
        long before = client.roundTrips();

        var result = service.rename(Principal.LOCAL, LOCAL, Label.of("y"), Label.of("z"));

        assertThat(result.renamed()).isEmpty();
        assertThat(client.roundTrips() - before).isEqualTo(1);
        assertThat(audit.find(AuditQuery.latest(100))).isEmpty();
    }

    @Test
    void noLabelIsNotALabelToRename() {
        assertThatThrownBy(() -> service.rename(Principal.LOCAL, LOCAL, Label.NONE, Label.of("z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name the label to rename");
    }

    @Test
    void newNamesAreCheckedForLengthAndControlCharacters() {
        assertThatThrownBy(() -> Label.of("x".repeat(Label.MAX_LENGTH + 1)))
                .hasMessageContaining("at most " + Label.MAX_LENGTH);
        assertThatThrownBy(() -> Label.of("a\u0007b")).hasMessageContaining("control characters");
    }
}
