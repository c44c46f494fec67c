package io.pyrotorrent.app.cli;

import io.pyrotorrent.adapter.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A consistent copy of the store (sessions, audit log) while the server runs: SQLite's online
 * {@code VACUUM INTO}, so no need to stop anything. Restore by stopping pyroTorrent and putting
 * the copy in the data directory as {@value Store#FILE_NAME}.
 */
@Command(
        name = "backup",
        description = "Copy the data directory's database to FILE, consistently, while pyroTorrent runs")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    PyrotorrentCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the copy to write; must not exist yet")
    Path file;

    @Override
    public Integer call() {
        Path dataDir = root.config().store().dataDir();
        try (var store = Store.open(dataDir)) {
            store.backupTo(file);
        }
        spec.commandLine()
                .getOut()
                .println("backed up " + dataDir.resolve(Store.FILE_NAME) + " to "
                        + file.toAbsolutePath().normalize());
        return 0;
    }
}
