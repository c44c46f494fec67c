package io.pyrotorrent.app.cli;

import io.pyrotorrent.app.config.PyrotorrentConfig;
import io.pyrotorrent.app.wiring.Application;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import sun.misc.Signal;

@Command(name = "serve", description = "Serve the web UI and API (the default)")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    PyrotorrentCommand root;

    @Override
    public Integer call() {
        return serve(root.config());
    }

    /**
     * Runs until SIGTERM or SIGINT, then stops in order (server, then managed rTorrent) and exits
     * 0: a stop asked for is a clean exit, not the JVM's default 143.
     */
    int serve(PyrotorrentConfig config) {
        var stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        try (Application app = Application.serve(config)) {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
