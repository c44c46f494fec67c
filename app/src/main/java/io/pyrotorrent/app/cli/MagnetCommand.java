package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.magnet.MagnetLink;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** magnet HASH...: one magnet link (with trackers) a line, in the order given; one round trip. */
@CommandLine.Command(name = "magnet", description = "Print magnet links (with trackers) of torrents")
final class MagnetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Parameters(arity = "1..*", paramLabel = "HASH", description = "40-hex info-hashes")
    List<String> hashes;

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        List<InfoHash> parsed = hashes.stream().map(InfoHash::of).toList();
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            app.services().copyMagnets().magnets(Principal.LOCAL, name, parsed).stream()
                    .map(MagnetLink::uri)
                    .forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }
}
