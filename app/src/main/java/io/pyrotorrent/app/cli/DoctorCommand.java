package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.config.ConfigException;
import io.pyrotorrent.app.config.PyrotorrentConfig;
import io.pyrotorrent.app.config.TargetConfig;
import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.health.TargetHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Checks what a start needs, without starting anything: the config, each target's reachability
 * and version, and the directories targets use. One line per check; every problem says what to
 * fix. Exit 0 when all is well, 1 when something is wrong, 2 when the config itself is.
 */
@Command(
        name = "doctor",
        description = "Check the config, the targets and their directories; say what to fix. 1 if anything is wrong")
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    PyrotorrentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PyrotorrentConfig config;
        try {
            config = root.config();
        } catch (ConfigException | IllegalArgumentException e) {
            print(List.of(Finding.fix("config", e.getMessage())));
            return Cli.USAGE;
        }
        var findings = new ArrayList<Finding>();
        findings.add(Finding.ok(
                "config",
                (root.config == null ? "the built-in default" : root.config.toString()) + " reads, "
                        + config.targets().size() + " target(s), "
                        + config.users().size() + " user(s)"));
        Map<String, TargetHealth> health;
        try (Application app = Application.client(config)) {
            health = app.services().checkHealth().health(Principal.LOCAL).stream()
                    .collect(Collectors.toMap(h -> h.target().value(), Function.identity()));
        }
        for (TargetConfig target : config.targets()) {
            findings.addAll(target(target, health.get(target.name().value())));
        }
        print(findings);
        return findings.stream().allMatch(Finding::ok) ? 0 : Cli.FAILED;
    }

    private static List<Finding> target(TargetConfig target, TargetHealth health) {
        String subject = "target " + target.name().value();
        var findings = new ArrayList<Finding>();
        if (health != null && health.reachable()) {
            findings.add(Finding.ok(
                    subject,
                    "reachable, rTorrent " + health.clientVersion().orElse("?") + " / libtorrent "
                            + health.libraryVersion().orElse("?")));
        } else if (target.managed().isPresent()) {
            // A managed rTorrent runs only while pyroTorrent serves; not running now is normal.
            findings.add(Finding.ok(subject, "managed, not running now (pyrotorrent serve starts it)"));
        } else {
            String why = health == null ? "no answer" : health.lastError().orElse("no answer");
            findings.add(Finding.fix(
                    subject,
                    why + "; start rTorrent at "
                            + target.url().map(Object::toString).orElse("?") + " or correct its url"));
        }
        target.managed()
                .ifPresent(managed -> findings.add(DirectoryCheck.writable(subject + " managed.dir", managed.dir())));
        target.storage()
                .ifPresent(storage ->
                        findings.add(DirectoryCheck.readable(subject + " storage.localPath", storage.localPath())));
        return findings;
    }

    private void print(List<Finding> findings) {
        var out = spec.commandLine().getOut();
        findings.forEach(finding -> out.println(finding.line()));
        out.flush();
    }
}
