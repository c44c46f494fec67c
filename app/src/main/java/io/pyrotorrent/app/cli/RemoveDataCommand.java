package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.KeptFile;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import io.pyrotorrent.domain.port.in.RemoveData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * remove-data [--dry-run] HASH...: each torrent leaves rTorrent, then its files go, never one
 * another torrent uses or one outside its own path; 1 if any was refused or unknown.
 */
@CommandLine.Command(
        name = "remove-data",
        description = "Remove torrents with their downloaded data (--dry-run: only say what would go)")
final class RemoveDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Option(names = "--dry-run", description = "list what would be deleted and kept; change nothing")
    boolean dryRun;

    @Parameters(paramLabel = "HASH", arity = "1..*", description = "40-hex info-hashes")
    List<String> hashes;

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        List<InfoHash> parsed = hashes.stream().map(InfoHash::of).toList();
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            RemoveData removal = app.services().removeData();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            for (InfoHash hash : parsed) {
                try {
                    boolean ok = dryRun
                            ? preview(out, err, removal.preview(Principal.LOCAL, name, hash))
                            : result(out, err, removal.remove(Principal.LOCAL, name, hash));
                    failed += ok ? 0 : 1;
                } catch (UnknownTorrentException e) {
                    err.println("pyrotorrent: " + hash.hex() + ": " + e.getMessage());
                    failed++;
                }
            }
            return failed == 0 ? 0 : Cli.FAILED;
        }
    }

    private static boolean preview(PrintWriter out, PrintWriter err, RemovalPreview preview) {
        if (preview instanceof RemovalPreview.Visible visible) {
            out.println("would remove " + visible.name() + ": "
                    + visible.deleted().size() + " files, " + visible.bytes() + " bytes");
            visible.deleted().forEach(file -> out.println("  delete " + file.path() + " (" + file.bytes() + " bytes)"));
            visible.kept().forEach(file -> out.println("  keep " + file.path() + ": " + file.reason()));
            return true;
        }
        err.println("pyrotorrent: " + preview.name() + ": " + ((RemovalPreview.NotVisible) preview).reason());
        return false;
    }

    private static boolean result(PrintWriter out, PrintWriter err, RemovalResult result) {
        if (result.refused().isPresent()) {
            err.println(
                    "pyrotorrent: " + result.name() + ": " + result.refused().get());
            return false;
        }
        out.println("removed " + result.name() + ": " + result.deleted().size() + " files, " + result.bytesDeleted()
                + " bytes deleted");
        for (DataFile file : result.deleted()) {
            out.println("  deleted " + file.path());
        }
        for (KeptFile file : result.kept()) {
            out.println("  kept " + file.path() + ": " + file.reason());
        }
        return true;
    }
}
