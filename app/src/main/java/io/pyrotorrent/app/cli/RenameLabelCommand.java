package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.LabelRename;
import io.pyrotorrent.domain.model.auth.Principal;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * rename-label FROM TO: every torrent of the target with label FROM gets TO ("" removes the
 * label); one read of the list, one round trip of changes, audited. Prints what changed; exit 1
 * when rTorrent refused any.
 */
@CommandLine.Command(
        name = "rename-label",
        description = "Rename a label on every torrent that has it (an empty TO removes it)")
final class RenameLabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
    String target;

    @Parameters(index = "0", paramLabel = "FROM", description = "the label to rename")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "its new name; \"\" removes the label")
    String to;

    @Override
    public Integer call() {
        var root = (PyrotorrentCommand) spec.parent().userObject();
        Label oldName = Label.of(from);
        Label newName;
        try {
            newName = Label.of(to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TO: " + e.getMessage(), e);
        }
        try (Application app = Application.client(root.config())) {
            var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
            LabelRename rename = app.services().renameLabels().rename(Principal.LOCAL, name, oldName, newName);
            var out = spec.commandLine().getOut();
            out.println((newName.isEmpty()
                            ? "removed label '" + from + "' from "
                            : "renamed '" + from + "' to '" + newName.value() + "' on ")
                    + rename.renamed().size() + " torrent(s)");
            out.flush();
            var err = spec.commandLine().getErr();
            rename.failed().forEach((hash, message) -> err.println("pyrotorrent: " + hash.hex() + ": " + message));
            err.flush();
            return rename.failed().isEmpty() ? 0 : Cli.FAILED;
        }
    }
}
