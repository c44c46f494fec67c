package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.auth.Principal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * move [--recheck] DIRECTORY HASH...: each torrent's data goes into DIRECTORY (rTorrent's path,
 * under the target's storage), rTorrent follows, the torrent restarts as it was; 1 if any was not moved.
 */
@CommandLine.Command(
        name = "move",
        description = "Move torrents' data to another folder under the same storage; rTorrent follows")
final class MoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Option(names = "--recheck", description = "have rTorrent check the pieces at the new place")
    boolean recheck;

    @Parameters(index = "0", paramLabel = "DIRECTORY", description = "the folder on rTorrent's host")
    String directory;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "HASH", description = "40-hex info-hashes")
    List<String> hashes;

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        List<InfoHash> parsed = hashes.stream().map(InfoHash::of).toList();
        var destination = DownloadDirectory.of(directory);
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            var id = app.services().moveData().startMove(Principal.LOCAL, name, parsed, destination, recheck);
            var job = JobWait.follow(
                    app.services().followJobs(),
                    id,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return JobWait.allOk(job) ? 0 : Cli.FAILED;
        }
    }
}
