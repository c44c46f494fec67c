package io.pyrotorrent.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.port.out.SettingsKeeper;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

    private static final TargetName BOX = TargetName.of("box");

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final Targets targets = new Targets(Map.<TargetName, TorrentClient>of(BOX, client));

    @Test
    void read_answersEveryReadableSetting_inOneRoundTrip() {
        var service = new SettingsService(targets, SettingsKeeper.NONE);

        var settings = service.read(Principal.LOCAL, BOX);

        assertThat(settings.get(Setting.MAX_PEERS)).hasValue("200");
        assertThat(settings.get(Setting.PEX)).hasValue("true");
        assertThat(settings.get(Setting.PORT_RANGE)).hasValue("6890-6999");
        assertThat(settings.get(Setting.DHT)).isEmpty();
        assertThat(client.roundTrips()).isEqualTo(1);
    }

    @Test
    void change_setsAndReadsBack_inOneRoundTrip_andRemembersTheWriteOnlyOnes() {
        var service = new SettingsService(targets, SettingsKeeper.NONE);

        var change = service.change(
                Principal.LOCAL,
                BOX,
                List.of(Setting.MAX_PEERS.parse("150"), Setting.PEX.parse("no"), Setting.DHT.parse("auto")));

        assertThat(change.now().get(Setting.MAX_PEERS)).hasValue("150");
        assertThat(change.now().get(Setting.PEX)).hasValue("false");
        assertThat(change.now().get(Setting.DHT)).hasValue("auto");
        assertThat(change.notTaken()).isEmpty();
        assertThat(client.roundTrips()).isEqualTo(1);
        assertThat(service.read(Principal.LOCAL, BOX).get(Setting.DHT)).hasValue("auto");
    }

    @Test
    void anotherUsersTarget_answersAsAMissingOne() {
        var service = new SettingsService(targets, SettingsKeeper.NONE);
        var mallory = new Principal("mallory", false, Set.of());

        assertThatThrownBy(() -> service.read(mallory, BOX)).isInstanceOf(UnknownTargetException.class);
        assertThatThrownBy(() -> service.change(mallory, BOX, List.of(Setting.PEX.parse("yes"))))
                .isInstanceOf(UnknownTargetException.class);
        assertThat(client.roundTrips()).isZero();
    }

    @Test
    void aKeepingTarget_keepsWhatWasTaken() {
        var kept = new ArrayList<SettingValue>();
        var keeper = new SettingsKeeper() {
            @Override
            public boolean keeps(TargetName target) {
                return true;
            }

            @Override
            public void keep(TargetName target, List<SettingValue> values) {
                kept.addAll(values);
            }

            @Override
            public List<SettingValue> kept(TargetName target) {
                return List.copyOf(kept);
            }
        };
        var service = new SettingsService(targets, keeper);

        service.change(Principal.LOCAL, BOX, List.of(Setting.ENCRYPTION.parse("require, allow_incoming")));

        assertThat(kept).containsExactly(Setting.ENCRYPTION.parse("allow_incoming,require"));
        assertThat(new SettingsService(targets, keeper)
                        .read(Principal.LOCAL, BOX)
                        .get(Setting.ENCRYPTION))
                .hasValue("allow_incoming,require");
    }

    @Test
    void aChange_isAudited_withEachValue() {
        var log = new InMemoryAuditLog();
        var service = new AuditedSettings(new SettingsService(targets, SettingsKeeper.NONE), log, new TestClock());

        service.change(Principal.LOCAL, BOX, List.of(Setting.MAX_UPLOADS.parse("20")));

        assertThat(log.find(AuditQuery.latest(10))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ChangeSettings max_uploads=20");
            assertThat(entry.result()).isEqualTo("ok");
        });
    }
}
