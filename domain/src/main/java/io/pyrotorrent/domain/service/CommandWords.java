package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.util.List;

/** A command in the audit log's words: what it does, and what it was done to. */
final class CommandWords {

    private CommandWords() {}

    /** "Stop", "SetLabel linux", "SetGlobalUpLimit 1048576 B/s": the hash goes with the torrents. */
    static String action(Command command) {
        String name = command.getClass().getSimpleName();
        if (command instanceof Command.SetLabel c) {
            return name + " " + c.label().value();
        } else if (command instanceof Command.SetTorrentPriority c) {
            return name + " " + c.priority();
        } else if (command instanceof Command.SetFilePriority c) {
            return name + " file " + c.fileIndex() + " " + c.priority();
        } else if (command instanceof Command.SetGlobalUpLimit c) {
            return name + " " + c.bytesPerSecond() + " B/s";
        } else if (command instanceof Command.SetGlobalDownLimit c) {
            return name + " " + c.bytesPerSecond() + " B/s";
        } else if (command instanceof Command.ChangeSetting c) {
            return name + " " + c.value().setting().key() + "=" + c.value().text();
        } else if (command instanceof Command.SetThrottleGroup c) {
            return name + " " + c.group().map(g -> g.value()).orElse("(none)");
        } else if (command instanceof Command.DefineThrottleGroup c) {
            return name + " " + c.group().name() + " up " + c.group().upKiB() + " KiB/s down "
                    + c.group().downKiB() + " KiB/s";
        } else if (command instanceof Command.AddTorrent c) {
            return name
                    + (c.start() ? " started" : " paused")
                    + (c.label().value().isEmpty() ? "" : " label " + c.label().value());
        }
        return name;
    }

    /** The info-hash for a command on a torrent; the source for an add; nothing for a global limit. */
    static List<String> torrents(Command command) {
        if (command instanceof Command.OnTorrent c) {
            return List.of(c.hash().hex());
        } else if (command instanceof Command.AddTorrent c) {
            return List.of(source(c.source()));
        }
        return List.of();
    }

    /**
     * A file by its info-hash and name (what rTorrent will call it); the bytes themselves would
     * bloat the log. A file that does not parse is named by its size: rTorrent refuses it anyway.
     */
    static String source(TorrentSource source) {
        if (source instanceof TorrentSource.Url url) {
            return url.uri().toString();
        } else if (source instanceof TorrentSource.Magnet magnet) {
            return magnet.uri();
        } else if (source instanceof TorrentSource.FileBytes file) {
            try {
                var metainfo = Metainfo.parse(file.bytes());
                return metainfo.hash().hex() + " " + metainfo.name();
            } catch (IllegalArgumentException unreadable) {
                return ".torrent file of " + file.bytes().length + " bytes";
            }
        }
        return source.toString();
    }
}
