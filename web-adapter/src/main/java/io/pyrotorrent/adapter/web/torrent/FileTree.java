package io.pyrotorrent.adapter.web.torrent;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A torrent's files as folders and files, in rTorrent's file order. Each file keeps its index
 * (the number rTorrent's f.* commands and the download link use); folders add up their sizes.
 */
final class FileTree {

    /**
     * A folder: shown as a {@code <details>} element, which opens and closes without script.
     *
     * @param path its path inside the torrent, "/"-joined ("" for the torrent's own folder): what
     *     the folder's priority form names
     * @param priority its files' priority when they all share one, else "mixed"
     * @param priorityHref where the folder's priority form posts
     */
    record Dir(
            String name,
            String path,
            String size,
            String priority,
            String priorityHref,
            List<Dir> dirs,
            List<FileNode> files) {}

    /** One file with its progress (completed / all chunks) and its priority ("off", "normal", "high"). */
    record FileNode(
            int index,
            String name,
            String path,
            String size,
            int percent,
            String chunks,
            String priority,
            String href) {}

    private final String name;
    private final String path;
    private final Map<String, FileTree> dirs = new LinkedHashMap<>();
    private final List<FileNode> files = new ArrayList<>();
    private long bytes;

    private FileTree(String name, String path) {
        this.name = name;
        this.path = path;
    }

    /** The tree under a root named {@code rootName}; {@code torrentPath} prefixes each download link. */
    static Dir of(String rootName, List<Row> rows, String torrentPath) {
        var root = new FileTree(rootName, "");
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            List<String> parts = row.get(FileFields.PATH_COMPONENTS);
            FileTree dir = root;
            long size = row.get(FileFields.SIZE_BYTES);
            root.bytes += size;
            for (String part : parts.subList(0, Math.max(0, parts.size() - 1))) {
                String parent = dir.path;
                dir = dir.dirs.computeIfAbsent(part, p -> new FileTree(p, parent.isEmpty() ? p : parent + "/" + p));
                dir.bytes += size;
            }
            dir.files.add(node(
                    index, parts.isEmpty() ? row.get(FileFields.PATH) : parts.get(parts.size() - 1), row, torrentPath));
        }
        return root.freeze(torrentPath + "/folder/priority");
    }

    /** How far each file is, by index: what the live endpoint sends. */
    record FileProgress(int index, int percent, String chunks) {
        static FileProgress of(int index, Row row) {
            long done = row.get(FileFields.COMPLETED_CHUNKS);
            long all = row.get(FileFields.SIZE_CHUNKS);
            return new FileProgress(index, Units.percent(done, all), done + " / " + all);
        }
    }

    private static FileNode node(int index, String name, Row row, String torrentPath) {
        var progress = FileProgress.of(index, row);
        return new FileNode(
                index,
                name,
                row.get(FileFields.PATH),
                Units.bytes(row.get(FileFields.SIZE_BYTES)),
                progress.percent(),
                progress.chunks(),
                row.get(FileFields.PRIORITY).name().toLowerCase(Locale.ROOT),
                torrentPath + "/file/" + index);
    }

    private Dir freeze(String priorityHref) {
        List<Dir> frozen =
                dirs.values().stream().map(d -> d.freeze(priorityHref)).toList();
        var priorities = new HashSet<String>();
        files.forEach(f -> priorities.add(f.priority()));
        frozen.forEach(d -> priorities.add(d.priority()));
        String priority = priorities.size() == 1 ? priorities.iterator().next() : "mixed";
        return new Dir(name, path, Units.bytes(bytes), priority, priorityHref, frozen, List.copyOf(files));
    }
}
