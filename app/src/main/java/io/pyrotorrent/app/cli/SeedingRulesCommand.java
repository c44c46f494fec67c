package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleView;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Lists the seeding rules with their last run, or with --dry-run the torrents one would act on
 * now. It never acts: the running server does, once a minute, so a rule never acts twice.
 */
@Command(
        name = "seeding-rules",
        description = "List the seeding rules, or --dry-run ID: the torrents a rule would act on now")
final class SeedingRulesCommand implements Callable<Integer> {

    @ParentCommand
    PyrotorrentCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", paramLabel = "ID", description = "what this rule would act on now; nothing changes")
    Long dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Application app = Application.client(root.config())) {
            var rules = app.services().seedingRules();
            if (dryRun == null) {
                for (RuleView view : rules.rules(Principal.LOCAL)) {
                    var rule = view.rule();
                    out.println(rule.id() + "  " + rule.name() + "  " + rule.target() + "  "
                            + rule.scope().describe()
                            + "  then " + rule.action().word() + (rule.enabled() ? "" : "  (off)") + "  last run: "
                            + view.status().result());
                }
                return 0;
            }
            var rule = rules.rules(Principal.LOCAL).stream()
                    .map(RuleView::rule)
                    .filter(r -> r.id() == dryRun)
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no seeding rule " + dryRun));
            var matches = rules.dryRun(Principal.LOCAL, rule);
            for (RuleMatch match : matches) {
                out.println("would " + rule.action().word() + " " + match.name() + " ("
                        + match.hash().hex() + "): " + match.reason());
            }
            out.println(matches.size() + " torrents");
            return 0;
        } catch (NoSuchElementException e) {
            spec.commandLine().getErr().println("pyrotorrent: " + e.getMessage());
            return Cli.USAGE;
        }
    }
}
