package io.pyrotorrent.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import org.junit.jupiter.api.Test;

class FakeValuesTest {

    @Test
    void theFake_answersEveryFieldOfTheCatalog() {
        assertThat(FakeValues.TORRENT.keySet()).containsExactlyInAnyOrderElementsOf(TorrentFields.ALL);
        assertThat(FakeValues.FILE.keySet()).containsExactlyInAnyOrderElementsOf(FileFields.ALL);
        assertThat(FakeValues.TRACKER.keySet()).containsExactlyInAnyOrderElementsOf(TrackerFields.ALL);
        var state = new FakeClientState();
        ClientFields.ALL.forEach(f -> assertThat(f.kind().javaType())
                .isInstanceOf(Class.class)
                .matches(type -> type.isInstance(FakeValues.client(state, f))));
    }
}
