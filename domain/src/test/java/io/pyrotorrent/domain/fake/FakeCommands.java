package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fake's commands, with the state changes rTorrent 0.9.8 makes (measured). */
final class FakeCommands {

    private static final Pattern BTIH = Pattern.compile("xt=urn:btih:([0-9A-Fa-f]{40})");
    private static final Pattern TRACKER = Pattern.compile("[?&]tr=([^&]+)");
    /** What rTorrent 0.9.8 and 0.16 answer d.throttle_name.set on an active torrent (tried). */
    static final ClientFailure ACTIVE = new ClientFailure.Rejected(-503, "Cannot set throttle on active download.");

    private static final Outcome<Done> DONE = new Outcome.Success<>(Done.INSTANCE);

    private final InMemoryTorrentClient client;

    FakeCommands(InMemoryTorrentClient client) {
        this.client = client;
    }

    Outcome<Done> run(Command command) {
        if (command instanceof Command.OnTorrent onTorrent) {
            FakeTorrent torrent = client.torrents.get(onTorrent.hash());
            return torrent == null
                    ? new Outcome.Failure<>(InMemoryTorrentClient.UNKNOWN_HASH)
                    : onTorrent(onTorrent, torrent);
        }
        if (command instanceof Command.SetGlobalUpLimit limit) {
            client.state.upLimit = limit.bytesPerSecond();
        } else if (command instanceof Command.SetGlobalDownLimit limit) {
            client.state.downLimit = limit.bytesPerSecond();
        } else if (command instanceof Command.ChangeSetting change) {
            client.state.set(change.value());
        } else if (command instanceof Command.AddTorrent add) {
            add(add);
        } else if (command instanceof Command.DefineThrottleGroup define) {
            client.state.throttles.put(define.group().name().value(), define.group());
        }
        return DONE;
    }

    private Outcome<Done> onTorrent(Command.OnTorrent command, FakeTorrent t) {
        if (command instanceof Command.Open) {
            t.open = true;
        } else if (command instanceof Command.Close) {
            t.open = false;
            t.state = false;
            t.active = false;
        } else if (command instanceof Command.Start) {
            start(t);
        } else if (command instanceof Command.Stop) {
            t.state = false;
            t.active = false;
        } else if (command instanceof Command.Pause) {
            t.active = false;
        } else if (command instanceof Command.Resume) {
            t.active = t.state;
        } else if (command instanceof Command.CheckHash) {
            t.hashChecked = true;
        } else if (command instanceof Command.Erase) {
            client.torrents.remove(t.hash);
            client.changed();
        } else if (command instanceof Command.SetTorrentPriority set) {
            t.priority = set.priority();
        } else if (command instanceof Command.SetLabel set) {
            t.label = set.label();
        } else if (command instanceof Command.SetThrottleGroup set) {
            if (t.active) {
                return new Outcome.Failure<>(ACTIVE);
            }
            t.throttle = set.group().map(g -> g.value()).orElse("");
        } else if (command instanceof Command.AddTracker add) {
            t.trackers.add(new FakeTorrent.Tracker(add.url().value()));
        } else if (command instanceof Command.SetTrackerEnabled set) {
            if (set.trackerIndex() >= t.trackers.size()) {
                return new Outcome.Failure<>(new ClientFailure.NotFound(-501, "Invalid index."));
            }
            t.trackers.get(set.trackerIndex()).enabled = set.enabled();
        } else if (command instanceof Command.SetDirectory set) {
            t.directory = set.exact() || !t.multiFile()
                    ? set.directory().path()
                    : set.directory().path() + "/" + t.name;
        } else if (command instanceof Command.Reannounce) {
            t.announces++;
        } else if (command instanceof Command.SetFilePriority set) {
            if (set.fileIndex() >= t.files.size()) {
                return new Outcome.Failure<>(new ClientFailure.NotFound(-501, "Invalid index."));
            }
            t.files.get(set.fileIndex()).priority = set.priority();
        }
        return DONE;
    }

    void start(FakeTorrent t) {
        t.open = true;
        t.state = true;
        t.active = true;
        if (t.started.isEmpty()) {
            t.started = Optional.of(Instant.now());
        }
    }

    /** Like rTorrent: unreadable files, duplicates, tracker-less magnets and URLs add nothing. */
    private void add(Command.AddTorrent add) {
        Optional<FakeTorrent> added = Optional.empty();
        if (add.source() instanceof TorrentSource.FileBytes file) {
            added = parse(file.bytes()).map(m -> FakeTorrent.of(m, "/downloads"));
        } else if (add.source() instanceof TorrentSource.Magnet magnet) {
            added = magnet(magnet.uri());
        }
        added.filter(t -> !client.torrents.containsKey(t.hash)).ifPresent(t -> {
            add.directory().ifPresent(d -> t.directory = d.path());
            t.label = add.label();
            client.torrents.put(t.hash, t);
            client.changed();
            if (add.start()) {
                start(t);
            }
        });
    }

    private static Optional<Metainfo> parse(byte[] bytes) {
        try {
            return Optional.of(Metainfo.parse(bytes));
        } catch (IllegalArgumentException notATorrent) {
            return Optional.empty();
        }
    }

    private static Optional<FakeTorrent> magnet(String uri) {
        var hash = BTIH.matcher(uri);
        var tracker = TRACKER.matcher(uri);
        if (!hash.find() || !tracker.find()) {
            return Optional.empty();
        }
        InfoHash infoHash = InfoHash.of(hash.group(1));
        var torrent = new FakeTorrent(infoHash, infoHash.hex() + ".meta", 0, 1, "/downloads");
        torrent.trackers.add(new FakeTorrent.Tracker(URLDecoder.decode(tracker.group(1), StandardCharsets.UTF_8)));
        return Optional.of(torrent);
    }
}
