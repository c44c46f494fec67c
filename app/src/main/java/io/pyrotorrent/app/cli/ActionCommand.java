package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** start|stop|pause|resume|recheck|erase HASH...: all in one round trip; 1 if any failed. */
@CommandLine.Command(description = "Act on torrents by info-hash")
final class ActionCommand implements Callable<Integer> {

    private final TorrentAction action;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Parameters(paramLabel = "HASH", arity = "1..*", description = "40-hex info-hashes")
    List<String> hashes;

    ActionCommand(TorrentAction action) {
        this.action = action;
    }

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        List<InfoHash> parsed = hashes.stream().map(InfoHash::of).toList();
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            List<Command> commands = parsed.stream().map(action::on).toList();
            List<Outcome<Done>> outcomes = app.services().controlTorrents().run(Principal.LOCAL, name, commands);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof Outcome.Failure<Done> failure) {
                    err.println("pyrotorrent: " + action.command() + " " + parsed.get(i) + ": "
                            + failure.failure().message());
                    failed++;
                } else {
                    out.println(action.command() + " " + parsed.get(i) + ": done");
                }
            }
            return failed == 0 ? 0 : Cli.FAILED;
        }
    }
}
