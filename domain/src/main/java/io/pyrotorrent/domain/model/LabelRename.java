package io.pyrotorrent.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What renaming a label did on one target: the torrents that carried {@code from} and now carry
 * {@code to} ({@link Label#NONE}: the label was removed), and those rTorrent refused, with its answer.
 */
public record LabelRename(Label from, Label to, List<InfoHash> renamed, Map<InfoHash, String> failed) {

    public LabelRename {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        renamed = List.copyOf(renamed);
        failed = Map.copyOf(failed);
    }
}
