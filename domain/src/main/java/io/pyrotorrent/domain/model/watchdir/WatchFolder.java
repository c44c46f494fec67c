package io.pyrotorrent.domain.model.watchdir;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * A directory on pyroTorrent's host whose dropped .torrent files are added to one target, with a
 * label and a download directory, started or paused. One per target: a second folder for the
 * same target is a second label, which a seeding rule or the list handles better.
 */
public record WatchFolder(
        TargetName target,
        String directory,
        Label label,
        Optional<DownloadDirectory> downloadDirectory,
        boolean start,
        boolean enabled) {

    public static final int MAX_PATH = 1024;

    public WatchFolder {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(downloadDirectory, "downloadDirectory");
        directory = directory.strip();
        if (!directory.startsWith("/")) {
            throw new IllegalArgumentException("directory: an absolute path on the pyroTorrent host, not '"
                    + (directory.length() > 60 ? directory.substring(0, 60) + "..." : directory) + "'");
        }
        if (directory.replace("/", "").isEmpty()) {
            throw new IllegalArgumentException("directory: not the root directory, a folder of its own");
        }
        if (directory.length() > MAX_PATH) {
            throw new IllegalArgumentException("directory: at most " + MAX_PATH + " characters");
        }
        if (directory.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("directory: no control characters");
        }
        for (String segment : directory.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                // The folder is named as it is, so what it touches is plain to see in the settings.
                throw new IllegalArgumentException("directory: no '.' or '..' segments");
            }
        }
    }

    public AddOptions addOptions() {
        return new AddOptions(start, label, downloadDirectory);
    }
}
