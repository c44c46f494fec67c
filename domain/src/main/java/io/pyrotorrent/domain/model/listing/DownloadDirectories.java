package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory a torrent was added to, as the add dialog should suggest it. rTorrent's d.directory
 * is that directory for a single file, but the torrent's own folder inside it for several files,
 * so a multi-file torrent suggests its parent.
 */
public final class DownloadDirectories {

    /** What {@link #of} reads. */
    public static final List<Field<?>> FIELDS = List.of(TorrentFields.DIRECTORY, TorrentFields.MULTI_FILE);

    private DownloadDirectories() {}

    public static Optional<String> of(Row row) {
        String directory = row.get(TorrentFields.DIRECTORY).strip();
        if (row.get(TorrentFields.MULTI_FILE)) {
            String trimmed = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
            int slash = trimmed.lastIndexOf('/');
            directory = slash > 0 ? trimmed.substring(0, slash) : "";
        }
        return directory.isEmpty() ? Optional.empty() : Optional.of(directory);
    }

    /** The most used first; equally used ones by name, so the list does not shuffle between pages. */
    public static List<String> mostUsedFirst(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
