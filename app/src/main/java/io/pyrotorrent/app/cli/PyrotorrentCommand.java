package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.config.ConfigLoader;
import io.pyrotorrent.app.config.Defaults;
import io.pyrotorrent.app.config.EnvironmentOverrides;
import io.pyrotorrent.app.config.PyrotorrentConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
        name = "pyrotorrent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromJar.class,
        description = "A fast web frontend and JSON API for rTorrent. With no command: serve.",
        subcommands = {
            ServeCommand.class,
            ListCommand.class,
            AddCommand.class,
            RemoveDataCommand.class,
            AddTrackerCommand.class,
            MoveCommand.class,
            CreateCommand.class,
            SettingsCommand.class,
            MagnetCommand.class,
            RenameLabelCommand.class,
            ThrottleCommand.class,
            StatusCommand.class,
            RssCommand.class,
            DoctorCommand.class,
            HashPasswordCommand.class,
            BackupCommand.class,
            CompletionCommand.class,
            SeedingRulesCommand.class,
            ScheduleCommand.class,
            WatchFolderCommand.class
        })
final class PyrotorrentCommand implements Callable<Integer> {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "YAML config file (default: one managed rTorrent under ./data/local)")
    Path config;

    /** The config file's, or the embedded default; environment overrides apply to both. */
    PyrotorrentConfig config() {
        PyrotorrentConfig loaded = config == null ? Defaults.embedded() : ConfigLoader.load(config);
        return EnvironmentOverrides.apply(loaded, System.getenv());
    }

    @Override
    public Integer call() {
        return new ServeCommand().serve(config());
    }
}
