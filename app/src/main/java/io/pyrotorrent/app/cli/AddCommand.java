package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command.AddTorrent;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Add a torrent from a .torrent file, a URL, a magnet link or - (stdin)")
final class AddCommand implements Callable<Integer> {

    /** Larger than any .torrent rTorrent could take in one request; reading stops there. */
    private static final int MAX_FILE = 16 * 1024 * 1024;

    @ParentCommand
    PyrotorrentCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL|MAGNET|-")
    String source;

    @Option(names = "--target", paramLabel = "T")
    String target;

    @Option(names = "--paused", description = "add without starting")
    boolean paused;

    @Option(names = "--label", paramLabel = "L")
    String label;

    @Override
    public Integer call() throws IOException {
        TorrentSource torrent = source();
        var add = new AddTorrent(torrent, !paused, label == null ? Label.NONE : Label.of(label), Optional.empty());
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            if (torrent instanceof TorrentSource.Magnet) {
                // Through the add use case: it asks whether rTorrent kept the magnet (0.9.8 drops
                // one naming no tracker while DHT is off, and answers as if it had added it).
                var result = app.services()
                        .addTorrents()
                        .add(
                                Principal.LOCAL,
                                name,
                                List.of(new NamedSource("the magnet link", torrent)),
                                new AddOptions(add.start(), add.label(), add.directory()))
                        .get(0);
                if (result instanceof AddResult.Refused refused) {
                    throw new IllegalArgumentException(refused.reason());
                }
                spec.commandLine().getOut().println("added the magnet link to " + name);
                return 0;
            }
            Outcome<Done> outcome = app.services()
                    .controlTorrents()
                    .run(Principal.LOCAL, name, List.of(add))
                    .get(0);
            outcome.orThrow();
            spec.commandLine().getOut().println("added " + describe(torrent) + " to " + name);
            return 0;
        }
    }

    private TorrentSource source() throws IOException {
        if (source.startsWith("magnet:")) {
            return new TorrentSource.Magnet(source);
        }
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return new TorrentSource.Url(URI.create(source));
        }
        byte[] bytes = source.equals("-") ? read(System.in) : read(Files.newInputStream(Path.of(source)));
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("magnet:")) {
            return new TorrentSource.Magnet(text);
        }
        // rTorrent silently ignores bytes it cannot load: check them here and say what is wrong.
        Metainfo.parse(bytes);
        return new TorrentSource.FileBytes(bytes);
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_FILE + 1);
            if (bytes.length > MAX_FILE) {
                throw new IllegalArgumentException("that is larger than " + MAX_FILE + " bytes; not a .torrent file");
            }
            return bytes;
        }
    }

    private static String describe(TorrentSource torrent) {
        if (torrent instanceof TorrentSource.FileBytes file) {
            var metainfo = Metainfo.parse(file.bytes());
            return metainfo.name() + " (" + metainfo.hash() + ")";
        }
        return torrent instanceof TorrentSource.Url url ? url.uri().toString() : "the magnet link";
    }
}
