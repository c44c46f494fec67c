package io.pyrotorrent.domain.model.add;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import java.util.Objects;
import java.util.Optional;

/** How new torrents are added: started or paused, with a label, into a directory. */
public record AddOptions(boolean start, Label label, Optional<DownloadDirectory> directory) {
    public AddOptions {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(directory, "directory");
    }

    public static AddOptions started() {
        return new AddOptions(true, Label.NONE, Optional.empty());
    }
}
