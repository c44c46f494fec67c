package io.pyrotorrent.adapter.web.automation;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.watchdir.WatchFolderView;
import java.util.List;

/** The automation page's watch folders: one row per folder, in words. */
record WatchFolderSection(List<Row> folders) {

    record Row(
            String target,
            String directory,
            String label,
            String downloadDirectory,
            boolean start,
            boolean enabled,
            String lastScan,
            String result,
            long added,
            long failed) {

        static Row of(WatchFolderView view) {
            var folder = view.folder();
            return new Row(
                    folder.target().value(),
                    folder.directory(),
                    folder.label().value(),
                    folder.downloadDirectory().map(DownloadDirectory::path).orElse(""),
                    folder.start(),
                    folder.enabled(),
                    view.status().lastScan().map(Object::toString).orElse("not yet"),
                    view.status().result(),
                    view.status().added(),
                    view.status().failed());
        }
    }

    static WatchFolderSection of(List<WatchFolderView> views) {
        return new WatchFolderSection(views.stream().map(Row::of).toList());
    }
}
