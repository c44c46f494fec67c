package io.pyrotorrent.app.cli;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.request.Command;
import java.util.function.Function;

/** The per-torrent CLI commands and the domain command each one runs. */
enum TorrentAction {
    START("start", Command.Start::new),
    STOP("stop", Command.Stop::new),
    PAUSE("pause", Command.Pause::new),
    RESUME("resume", Command.Resume::new),
    RECHECK("recheck", Command.CheckHash::new),
    ERASE("erase", Command.Erase::new),
    /** Announces to the torrent's trackers now (d.tracker_announce.force). */
    REANNOUNCE("reannounce", Command.Reannounce::new);

    private final String command;
    private final Function<InfoHash, Command> make;

    TorrentAction(String command, Function<InfoHash, Command> make) {
        this.command = command;
        this.make = make;
    }

    String command() {
        return command;
    }

    Command on(InfoHash hash) {
        return make.apply(hash);
    }
}
