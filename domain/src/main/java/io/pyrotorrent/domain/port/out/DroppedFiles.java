package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.watchdir.DroppedFile;
import java.util.List;
import java.util.Optional;

/**
 * The watch folders on disk. Only names listed by {@link #list} are touched, only inside the
 * folder and its {@code loaded/} and {@code failed/} subfolders, and links are never followed.
 *
 * @throws java.io.UncheckedIOException from any method, naming the directory, when the disk fails
 */
public interface DroppedFiles {

    /** Why the directory cannot be watched (missing, not a directory, not writable), if it cannot. */
    Optional<String> problem(String directory);

    /** The regular files ending .torrent directly in the directory, by name. */
    List<DroppedFile> list(String directory);

    /**
     * The file's bytes.
     *
     * @throws IllegalArgumentException naming why not: larger than {@code maxBytes}, a link now
     */
    byte[] read(String directory, String name, long maxBytes);

    boolean exists(String directory, String name);

    /** Into {@code loaded/}, under a new name if one like it is there already. */
    void moveToLoaded(String directory, String name);

    /** Into {@code failed/}, with a text file beside it ({@code NAME.reason}) that says why. */
    void moveToFailed(String directory, String name, String reason);
}
