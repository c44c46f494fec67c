package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything pyroTorrent can make rTorrent do. The family is closed on purpose: an rTorrent
 * connection can run shell commands, so nothing outside this list can ever be sent.
 */
public sealed interface Command extends Step<Done> {

    /** A command aimed at one torrent. */
    sealed interface OnTorrent extends Command {
        InfoHash hash();
    }

    /** Opens the torrent's files without starting it. */
    record Open(InfoHash hash) implements OnTorrent {
        public Open {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** Closes the torrent's files; it stops too. */
    record Close(InfoHash hash) implements OnTorrent {
        public Close {
            Objects.requireNonNull(hash, "hash");
        }
    }

    record Start(InfoHash hash) implements OnTorrent {
        public Start {
            Objects.requireNonNull(hash, "hash");
        }
    }

    record Stop(InfoHash hash) implements OnTorrent {
        public Stop {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** Keeps the torrent started but inactive: no transfer, peers dropped. */
    record Pause(InfoHash hash) implements OnTorrent {
        public Pause {
            Objects.requireNonNull(hash, "hash");
        }
    }

    record Resume(InfoHash hash) implements OnTorrent {
        public Resume {
            Objects.requireNonNull(hash, "hash");
        }
    }

    record CheckHash(InfoHash hash) implements OnTorrent {
        public CheckHash {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** Removes the torrent from rTorrent; its downloaded data stays on disk. */
    record Erase(InfoHash hash) implements OnTorrent {
        public Erase {
            Objects.requireNonNull(hash, "hash");
        }
    }

    record SetTorrentPriority(InfoHash hash, TorrentPriority priority) implements OnTorrent {
        public SetTorrentPriority {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(priority, "priority");
        }
    }

    /** Sets one file's priority by its index in the torrent (0-based, file order). */
    record SetFilePriority(InfoHash hash, int fileIndex, FilePriority priority) implements OnTorrent {
        public SetFilePriority {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(priority, "priority");
            if (fileIndex < 0) {
                throw new IllegalArgumentException("a file index is 0 or more, not " + fileIndex);
            }
        }
    }

    /** Sets (or, with {@link Label#NONE}, clears) the torrent's label. */
    record SetLabel(InfoHash hash, Label label) implements OnTorrent {
        public SetLabel {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(label, "label");
        }
    }

    /** Adds a tracker to the torrent, in a tier after the ones it came with. */
    record AddTracker(InfoHash hash, TrackerUrl url) implements OnTorrent {
        public AddTracker {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(url, "url");
        }
    }

    /** Turns one tracker on or off by its index (0-based, t.multicall order). */
    record SetTrackerEnabled(InfoHash hash, int trackerIndex, boolean enabled) implements OnTorrent {
        public SetTrackerEnabled {
            Objects.requireNonNull(hash, "hash");
            if (trackerIndex < 0) {
                throw new IllegalArgumentException("a tracker index is 0 or more, not " + trackerIndex);
            }
        }
    }

    /** Announces to the torrent's trackers now, whatever their interval says. */
    record Reannounce(InfoHash hash) implements OnTorrent {
        public Reannounce {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /**
     * Points the torrent at another folder (its data moved there first). {@code exact}: the
     * folder holding the files itself (d.directory_base.set, for a multi-file torrent whose
     * folder keeps its own name); otherwise the parent the torrent's name is put under
     * (d.directory.set, for a single file).
     */
    record SetDirectory(InfoHash hash, DownloadDirectory directory, boolean exact) implements OnTorrent {
        public SetDirectory {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(directory, "directory");
        }
    }

    /**
     * Puts the torrent in a throttle group, or (empty) in none. rTorrent refuses this on an
     * active torrent (fault -503 "Cannot set throttle on active download.", 0.9.8 and 0.16): send
     * it between a {@link Pause} and a {@link Resume}, in the same round trip.
     */
    record SetThrottleGroup(InfoHash hash, Optional<ThrottleName> group) implements OnTorrent {
        public SetThrottleGroup {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(group, "group");
        }
    }

    /** Defines a throttle group, or changes its limits (rTorrent's throttle.up and throttle.down). */
    record DefineThrottleGroup(ThrottleGroup group) implements Command {
        public DefineThrottleGroup {
            Objects.requireNonNull(group, "group");
        }
    }

    /** rTorrent takes rates up to 2^30 bytes per second. */
    long MAX_RATE = 1L << 30;

    /** Global upload limit in bytes per second; 0 means unlimited. */
    record SetGlobalUpLimit(long bytesPerSecond) implements Command {
        public SetGlobalUpLimit {
            checkRate(bytesPerSecond);
        }
    }

    /** Global download limit in bytes per second; 0 means unlimited. */
    record SetGlobalDownLimit(long bytesPerSecond) implements Command {
        public SetGlobalDownLimit {
            checkRate(bytesPerSecond);
        }
    }

    /** Loads a torrent, started or not, with an optional label and download directory. */
    record AddTorrent(TorrentSource source, boolean start, Label label, Optional<DownloadDirectory> directory)
            implements Command {
        public AddTorrent {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(directory, "directory");
        }

        public static AddTorrent of(TorrentSource source, boolean start) {
            return new AddTorrent(source, start, Label.NONE, Optional.empty());
        }
    }

    /** Changes one client setting of the fixed list; the value was validated by its kind. */
    record ChangeSetting(SettingValue value) implements Command {
        public ChangeSetting {
            Objects.requireNonNull(value, "value");
        }
    }

    private static void checkRate(long bytesPerSecond) {
        if (bytesPerSecond < 0 || bytesPerSecond > MAX_RATE) {
            throw new IllegalArgumentException(
                    "a rate limit is 0 (unlimited) to " + MAX_RATE + " bytes per second, not " + bytesPerSecond);
        }
    }
}
