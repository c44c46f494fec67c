package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.config.ConfigException;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTargetException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command line. Exit codes: 0 ok, 1 rTorrent (or the run) failed, 2 bad usage or config.
 * Messages go to stderr as one line, never a stack trace.
 */
public final class Cli {

    static final int FAILED = 1;
    static final int USAGE = 2;

    private Cli() {}

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        var root = new PyrotorrentCommand();
        var cli = new CommandLine(root).setOut(out).setErr(err);
        for (var action : TorrentAction.values()) {
            cli.addSubcommand(action.command(), new ActionCommand(action));
        }
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("pyrotorrent: " + message(e));
            err.flush();
            return e instanceof ConfigException
                            || e instanceof IllegalArgumentException
                            || e instanceof UnknownTargetException
                            || e instanceof io.pyrotorrent.domain.model.rss.UnknownFeedException
                    ? USAGE
                    : FAILED;
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof TorrentClientException failure) {
            return failure.failure().message();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
