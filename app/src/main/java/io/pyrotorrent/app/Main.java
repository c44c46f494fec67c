package io.pyrotorrent.app;

import io.pyrotorrent.app.cli.Cli;

/** {@code java -jar pyrotorrent.jar [command]}: with no command, serves the web UI and API. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
