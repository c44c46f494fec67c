package io.pyrotorrent.domain.model.field;

import static io.pyrotorrent.domain.model.field.Scope.FILE;

import io.pyrotorrent.domain.model.FilePriority;
import java.util.List;

/** Values about one file of a torrent (rTorrent's f.* commands); rows come in file-index order. */
public final class FileFields {

    /** The path inside the torrent, '/'-separated. */
    public static final Field<String> PATH = Field.text(FILE, "path");

    public static final Field<List<String>> PATH_COMPONENTS = Field.textList(FILE, "path_components");
    public static final Field<Long> SIZE_BYTES = Field.number(FILE, "size_bytes");
    public static final Field<Long> SIZE_CHUNKS = Field.number(FILE, "size_chunks");
    public static final Field<Long> COMPLETED_CHUNKS = Field.number(FILE, "completed_chunks");
    public static final Field<FilePriority> PRIORITY = Field.filePriority(FILE, "priority");

    public static final List<Field<?>> ALL =
            List.of(PATH, PATH_COMPONENTS, SIZE_BYTES, SIZE_CHUNKS, COMPLETED_CHUNKS, PRIORITY);

    private FileFields() {}
}
