package io.pyrotorrent.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Finding and ending the processes of one browser by their handles (never by name: other
 * browsers, other tests and other users' Chromium run on the same machine), and deleting its profile.
 */
final class ChromiumProcesses {

    private static final Duration PROCESS_EXIT_TIMEOUT = Duration.ofSeconds(10);

    private ChromiumProcesses() {}

    /** The chromedriver this JVM just started on port: a child of ours, told apart by its --port. */
    static ProcessHandle chromedriver(int port) throws IOException {
        String portArg = "--port=" + port;
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString().equals("chromedriver"))
                        .orElse(false))
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> Arrays.asList(a).contains(portArg))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IOException("chromedriver with " + portArg + " is not a child of this JVM"));
    }

    /** root and everything it started, found now, while root still runs; empty for null. */
    static List<ProcessHandle> treeOf(ProcessHandle root) {
        if (root == null) {
            return List.of();
        }
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree;
    }

    /**
     * TERM to every process still running, then KILL to any still running after
     * {@link #PROCESS_EXIT_TIMEOUT}; polled, because onExit() of a process that is not our child
     * backs off to second-long sleeps. Chromium's zygotes die with the browser but, orphaned,
     * stay zombies until PID 1 reaps them (seconds on some hosts): dead is enough here.
     */
    static void end(List<ProcessHandle> processes) {
        processes.stream().filter(ChromiumProcesses::running).forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + PROCESS_EXIT_TIMEOUT.toNanos();
        while (processes.stream().anyMatch(ChromiumProcesses::running) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        processes.stream().filter(ChromiumProcesses::running).forEach(ProcessHandle::destroyForcibly);
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A temp profile left behind is harmless; the processes are what matter.
        }
    }

    /** Alive and not a zombie (Linux: state Z in /proc/PID/stat). */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (comm) S ...": the state follows the last ')', as comm may contain one.
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return process.isAlive();
        }
    }
}
