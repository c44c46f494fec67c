package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.NewTorrent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * create PATH [--tracker URL]... [--private] [--comment C] [--piece-size N] [--add] [-o FILE]:
 * hashes a file or folder on the target's storage into a .torrent; 1 if it failed.
 */
@CommandLine.Command(
        name = "create",
        description = "Create a torrent from a file or folder on a target's storage (--add: and seed it there)")
final class CreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Option(
            names = "--tracker",
            paramLabel = "URL",
            description = "a tracker, each in a tier of its own; commas put several in one tier")
    List<String> trackers = List.of();

    @Option(names = "--private", description = "set the private flag (no DHT, PEX or local discovery)")
    boolean privateFlag;

    @Option(names = "--comment", paramLabel = "TEXT")
    String comment = "";

    @Option(
            names = "--piece-size",
            paramLabel = "BYTES",
            description = "a power of two from 16384 to 16777216; chosen by size when absent")
    Integer pieceSize;

    @Option(names = "--add", description = "add it to the target, seeding from where the data lies")
    boolean add;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "where to write the .torrent")
    Path output;

    @Parameters(paramLabel = "PATH", description = "the file or folder, as rTorrent's host names it")
    String path;

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        var tiers = trackers.stream()
                .map(tier -> List.of(tier.split(",")).stream()
                        .map(String::strip)
                        .map(TrackerUrl::of)
                        .toList())
                .toList();
        var asked = new NewTorrent(
                path,
                tiers,
                privateFlag,
                comment,
                pieceSize == null ? OptionalInt.empty() : OptionalInt.of(pieceSize),
                add);
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            var create = app.services().createTorrents();
            var id = create.startCreate(Principal.LOCAL, name, asked);
            var out = spec.commandLine().getOut();
            var job = JobWait.follow(
                    app.services().followJobs(), id, out, spec.commandLine().getErr());
            var torrent = create.created(Principal.LOCAL, id);
            if (torrent.isPresent() && output != null) {
                write(output, torrent.get().bytes());
                out.println("wrote " + output);
            }
            return JobWait.allOk(job) ? 0 : Cli.FAILED;
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
