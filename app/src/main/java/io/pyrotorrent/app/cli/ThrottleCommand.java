package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleGroups;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * throttle list | throttle define NAME --up KIB --down KIB | throttle set NAME|"" HASH...: rTorrent's
 * throttle groups on one target. A started torrent is paused, moved and resumed (rTorrent refuses
 * the change while it is active).
 */
@CommandLine.Command(
        name = "throttle",
        description = "Throttle groups: list, define NAME --up KIB --down KIB, set NAME|\"\" HASH...",
        subcommands = {ThrottleCommand.ListGroups.class, ThrottleCommand.Define.class, ThrottleCommand.Set.class})
final class ThrottleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give list, define or set");
    }

    static void print(PrintWriter out, ThrottleGroups groups) {
        for (ThrottleGroups.Group group : groups.groups()) {
            out.println(group.name().value() + "  up " + limit(group.limits().upBytes()) + "  down "
                    + limit(group.limits().downBytes()) + "  " + group.torrents() + " torrent(s)"
                    + (group.defined() ? "" : "  (not defined in rTorrent now)"));
        }
        if (!groups.kept()) {
            out.println(
                    "# rTorrent forgets these groups when it restarts; define them in its rtorrent.rc to keep them");
        }
        out.flush();
    }

    private static String limit(long bytes) {
        if (bytes == ThrottleLimits.UNKNOWN) {
            return "undefined";
        }
        return bytes == 0 ? "unlimited" : bytes / 1024 + " KiB/s";
    }

    private static ThrottleName name(String text) {
        try {
            return ThrottleName.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NAME: " + e.getMessage(), e);
        }
    }

    @CommandLine.Command(name = "list", description = "The groups and their limits")
    static final class ListGroups implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
        String target;

        @Override
        public Integer call() {
            var root = (PyrotorrentCommand) spec.parent().parent().userObject();
            try (Application app = Application.client(root.config())) {
                var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
                print(
                        spec.commandLine().getOut(),
                        app.services().manageThrottles().groups(Principal.LOCAL, name));
                return 0;
            }
        }
    }

    @CommandLine.Command(name = "define", description = "Define a group or change its limits (KiB/s, 0 unlimited)")
    static final class Define implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
        String target;

        @Parameters(index = "0", paramLabel = "NAME", description = "letters, digits, '.', '_', '-'")
        String group;

        @Option(names = "--up", paramLabel = "KIB", required = true, description = "upload limit, KiB/s")
        long up;

        @Option(names = "--down", paramLabel = "KIB", required = true, description = "download limit, KiB/s")
        long down;

        @Override
        public Integer call() {
            var root = (PyrotorrentCommand) spec.parent().parent().userObject();
            var defined = new ThrottleGroup(name(group), up, down);
            try (Application app = Application.client(root.config())) {
                var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
                print(
                        spec.commandLine().getOut(),
                        app.services().manageThrottles().define(Principal.LOCAL, name, defined));
                return 0;
            }
        }
    }

    @CommandLine.Command(name = "set", description = "Put torrents in a group (\"\" for none)")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
        String target;

        @Parameters(index = "0", paramLabel = "NAME", description = "the group, or \"\" for none")
        String group;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "HASH", description = "40-hex info-hashes")
        List<String> hashes;

        @Override
        public Integer call() {
            var root = (PyrotorrentCommand) spec.parent().parent().userObject();
            Optional<ThrottleName> into = group.isEmpty() ? Optional.empty() : Optional.of(name(group));
            List<InfoHash> parsed = hashes.stream().map(InfoHash::of).toList();
            try (Application app = Application.client(root.config())) {
                var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
                var done = app.services().manageThrottles().assign(Principal.LOCAL, name, parsed, into);
                var out = spec.commandLine().getOut();
                done.moved()
                        .forEach(hash -> out.println(hash.hex() + " -> " + (group.isEmpty() ? "(none)" : group)
                                + (done.resumed().contains(hash) ? "  (paused for the change, resumed)" : "")));
                out.flush();
                var err = spec.commandLine().getErr();
                done.failed().forEach((hash, message) -> err.println("pyrotorrent: " + hash.hex() + ": " + message));
                err.flush();
                return done.failed().isEmpty() ? 0 : Cli.FAILED;
            }
        }
    }
}
