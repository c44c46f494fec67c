package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.health.TargetHealth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", description = "Is each target reachable, and what does it run? 1 if any is not")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    PyrotorrentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = Application.client(root.config())) {
            int down = 0;
            for (TargetHealth health : app.services().checkHealth().health(Principal.LOCAL)) {
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
            }
            return down == 0 ? 0 : Cli.FAILED;
        }
    }
}
