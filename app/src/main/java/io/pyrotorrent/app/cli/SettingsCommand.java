package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.wiring.Application;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingValue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * settings get | settings set KEY=VALUE...: the client settings of one target, one "key = value"
 * line each; set checks every value before anything is sent and prints the settings read back.
 */
@CommandLine.Command(
        name = "settings",
        description = "Show (get) or change (set KEY=VALUE...) a target's client settings",
        subcommands = {SettingsCommand.Get.class, SettingsCommand.Set.class})
final class SettingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give get or set KEY=VALUE...");
    }

    static void print(PrintWriter out, ClientSettings settings) {
        for (Setting setting : Setting.values()) {
            out.println(setting.key() + " = "
                    + settings.get(setting).orElse(setting.field().isEmpty() ? "(not readable from rTorrent)" : ""));
        }
    }

    @CommandLine.Command(name = "get", description = "Show every setting")
    static final class Get implements Callable<Integer> {
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
                        app.services().manageSettings().read(Principal.LOCAL, name));
                return 0;
            }
        }
    }

    @CommandLine.Command(
            name = "set",
            description = "Change settings, e.g. max_peers=150 dht=auto encryption=allow_incoming,try_outgoing")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "T", description = "the target (needed when several)")
        String target;

        @Parameters(arity = "1..*", paramLabel = "KEY=VALUE", description = "settings to change")
        List<String> changes;

        @Override
        public Integer call() {
            var root = (PyrotorrentCommand) spec.parent().parent().userObject();
            var values = new ArrayList<SettingValue>();
            for (String change : changes) {
                int equals = change.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("'" + change + "' is not KEY=VALUE");
                }
                values.add(Setting.byKey(change.substring(0, equals)).parse(change.substring(equals + 1)));
            }
            try (Application app = Application.client(root.config())) {
                var name = TargetChoice.choose(app.services().sendRequests().targets(Principal.LOCAL), target);
                var result = app.services().manageSettings().change(Principal.LOCAL, name, values);
                print(spec.commandLine().getOut(), result.now());
                result.notTaken()
                        .forEach(line -> spec.commandLine().getErr().println("pyrotorrent: settings: " + line));
                return result.notTaken().isEmpty() ? 0 : Cli.FAILED;
            }
        }
    }
}
