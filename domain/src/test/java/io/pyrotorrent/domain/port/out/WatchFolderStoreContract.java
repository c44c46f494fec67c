package io.pyrotorrent.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchIntent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store of watch folders must do: run on the in-memory fake and on SQLite. */
public abstract class WatchFolderStoreContract {

    private static final TargetName MAIN = TargetName.of("main");
    private static final TargetName OTHER = TargetName.of("other");

    protected abstract WatchFolderStore store();

    @Test
    void aFolder_readsBackEqual_andASaveReplacesIt_andDeleteRemovesIt() {
        var first = new WatchFolder(
                MAIN, "/srv/watch", Label.of("tv"), Optional.of(DownloadDirectory.of("/d")), false, true);
        var second = new WatchFolder(MAIN, "/srv/other", Label.NONE, Optional.empty(), true, false);
        var another = new WatchFolder(OTHER, "/srv/x", Label.NONE, Optional.empty(), true, true);

        store().save(first);
        store().save(another);
        assertThat(store().find(MAIN)).contains(first);
        store().save(second);

        assertThat(store().all()).containsExactly(second, another);
        store().delete(MAIN);
        assertThat(store().all()).containsExactly(another);
    }

    @Test
    void intents_arePerTarget_andSettledOneByOne() {
        var one = new WatchIntent(MAIN, "a.torrent", TestTorrent.unique("a").hash());
        var two = new WatchIntent(MAIN, "b.torrent", TestTorrent.unique("b").hash());
        var elsewhere =
                new WatchIntent(OTHER, "a.torrent", TestTorrent.unique("c").hash());

        store().intend(one);
        store().intend(two);
        store().intend(elsewhere);
        store().settled(MAIN, "a.torrent");

        assertThat(store().intents(MAIN)).containsExactly(two);
        assertThat(store().intents(OTHER)).containsExactly(elsewhere);
    }
}
