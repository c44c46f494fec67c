package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchFolderView;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Watch folders from the command line: list, set, remove. It never scans: the running server
 * does, every few seconds, so a file is never added by two processes.
 */
@Command(
        name = "watch-folder",
        description = "Folders whose dropped .torrent files are added: list, set, remove",
        subcommands = {
            WatchFolderCommand.ListFolders.class,
            WatchFolderCommand.Set.class,
            WatchFolderCommand.Remove.class
        })
final class WatchFolderCommand {

    @ParentCommand
    PyrotorrentCommand root;

    interface Work {
        void run(ManageWatchFolders folders, PrintWriter out);
    }

    static int with(WatchFolderCommand command, CommandSpec spec, Work work) {
        try (Application app = Application.client(command.root.config())) {
            work.run(app.services().watchFolders(), spec.commandLine().getOut());
            return 0;
        }
    }

    static String describe(WatchFolderView view) {
        WatchFolder folder = view.folder();
        return folder.target() + "\t" + folder.directory() + "\tlabel "
                + (folder.label().isEmpty() ? "-" : folder.label())
                + "\tinto "
                + folder.downloadDirectory().map(DownloadDirectory::path).orElse("rTorrent's default")
                + "\t" + (folder.start() ? "started" : "paused") + (folder.enabled() ? "" : "\t(off)");
    }

    @Command(name = "list", description = "Every watch folder (a CLI never scans; the server's status is in the UI)")
    static final class ListFolders implements Callable<Integer> {
        @ParentCommand
        WatchFolderCommand command;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return with(command, spec, (folders, out) -> {
                var all = folders.folders(Principal.LOCAL);
                all.forEach(view -> out.println(describe(view)));
                if (all.isEmpty()) {
                    out.println("no watch folders");
                }
            });
        }
    }

    @Command(name = "set", description = "Watch DIR (on this host) for the target; replaces its folder")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        WatchFolderCommand command;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Option(names = "--label", paramLabel = "LABEL")
        String label = "";

        @Option(names = "--into", paramLabel = "DIR", description = "download directory on rTorrent's host")
        String into;

        @Option(names = "--paused", description = "add torrents paused, not started")
        boolean paused;

        @Option(names = "--off", description = "keep the folder but do not scan it")
        boolean off;

        @Parameters(index = "0", paramLabel = "DIR")
        String directory;

        @Override
        public Integer call() {
            return with(command, spec, (folders, out) -> {
                TargetName name = TargetChoice.choose(folders.targets(Principal.LOCAL), target);
                var folder = new WatchFolder(
                        name,
                        directory,
                        Label.of(label),
                        Optional.ofNullable(into).map(DownloadDirectory::of),
                        !paused,
                        !off);
                out.println("watching: " + describe(folders.save(Principal.LOCAL, folder)));
            });
        }
    }

    @Command(name = "remove", description = "Stop watching the target's folder; its files stay as they are")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        WatchFolderCommand command;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T")
        String target;

        @Override
        public Integer call() {
            return with(command, spec, (folders, out) -> {
                TargetName name = TargetChoice.choose(folders.targets(Principal.LOCAL), target);
                folders.delete(Principal.LOCAL, name);
                out.println("stopped watching the folder of " + name);
            });
        }
    }
}
