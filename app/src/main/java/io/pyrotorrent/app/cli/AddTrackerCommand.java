package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** add-tracker URL HASH...: the same tracker on each torrent, in one round trip; 1 if any failed. */
@CommandLine.Command(name = "add-tracker", description = "Add a tracker (http, https or udp URL) to torrents")
final class AddTrackerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Parameters(index = "0", paramLabel = "URL", description = "the tracker's announce URL")
    String url;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "HASH", description = "40-hex info-hashes")
    List<String> hashes;

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        TrackerUrl tracker;
        try {
            tracker = TrackerUrl.of(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("URL: " + e.getMessage(), e);
        }
        List<InfoHash> parsed = hashes.stream().map(InfoHash::of).toList();
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            List<Command> commands = parsed.stream()
                    .map(hash -> (Command) new Command.AddTracker(hash, tracker))
                    .toList();
            var outcomes = app.services().controlTorrents().run(Principal.LOCAL, name, commands);
            int failed = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof Outcome.Failure<?> failure) {
                    spec.commandLine()
                            .getErr()
                            .println("pyrotorrent: add-tracker " + parsed.get(i) + ": "
                                    + failure.failure().message());
                    failed++;
                } else {
                    spec.commandLine().getOut().println("add-tracker " + parsed.get(i) + ": done");
                }
            }
            return failed == 0 ? 0 : Cli.FAILED;
        }
    }
}
