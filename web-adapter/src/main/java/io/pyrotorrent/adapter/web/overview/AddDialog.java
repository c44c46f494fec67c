package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.domain.model.overview.Overview;
import io.pyrotorrent.domain.model.overview.TargetSection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The overview's add dialog (add.js): the instances that answered (where a torrent can go), the
 * labels and download directories in use there as suggestions. Without JavaScript the per-instance
 * add page does the same.
 */
record AddDialog(List<String> targets, List<String> labels, List<String> directories) {

    static AddDialog of(Overview overview, Sidebar sidebar) {
        var targets = overview.sections().stream()
                .filter(TargetSection.Loaded.class::isInstance)
                .map(s -> s.target().value())
                .toList();
        var directories = new LinkedHashSet<String>();
        for (TargetSection section : overview.sections()) {
            if (section instanceof TargetSection.Loaded loaded) {
                directories.addAll(loaded.torrents().facets().directories());
            }
        }
        var labels = sidebar.labels().stream().map(Sidebar.Filter::key).toList();
        return new AddDialog(targets, labels, List.copyOf(directories));
    }
}
