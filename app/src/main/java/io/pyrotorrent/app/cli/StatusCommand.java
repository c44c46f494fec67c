package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.model.health.TargetHealth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "status",
        description = "Is each target reachable, what does it run, how much disk is free? 1 if any is down")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    PyrotorrentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = Application.client(root.config())) {
            int down = 0;
            var space = app.services().showDiskSpace();
            // The first ask starts reading each default directory beside the health probe; asked
            // again after it, the disk is measured where rTorrent downloads, not the mapping's root.
            space.diskSpace(Principal.LOCAL);
            List<TargetHealth> healths = app.services().checkHealth().health(Principal.LOCAL);
            var disks = space.diskSpace(Principal.LOCAL).stream()
                    .collect(Collectors.toMap(TargetDisk::target, DiskLine::of));
            for (TargetHealth health : healths) {
                if (health.reachable()) {
                    spec.commandLine()
                            .getOut()
                            .println(health.target() + ": up, rTorrent "
                                    + health.clientVersion().orElse("?") + " / libtorrent "
                                    + health.libraryVersion().orElse("?"));
                } else {
                    spec.commandLine()
                            .getOut()
                            .println(health.target() + ": DOWN, "
                                    + health.lastError().orElse("?"));
                    down++;
                }
                spec.commandLine().getOut().println("  " + disks.get(health.target()));
            }
            return down == 0 ? 0 : Cli.FAILED;
        }
    }
}
