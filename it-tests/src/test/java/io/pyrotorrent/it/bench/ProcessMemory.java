package io.pyrotorrent.it.bench;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Memory as the kernel and the JVM count it: pyroTorrent's and rTorrent's resident sets. */
final class ProcessMemory {

    private ProcessMemory() {}

    static long procStatusKb(PyrotorrentProcess app, String key) {
        try {
            return Files.readAllLines(
                            Path.of("/proc", Long.toString(app.handle().pid()), "status"))
                    .stream()
                    .filter(l -> l.startsWith(key + ":"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mb(long kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    static String rtorrentRss(RtorrentContainer rtorrent) {
        try {
            var status = rtorrent.execInContainer("cat", "/proc/1/status").getStdout();
            return status.lines()
                    .filter(l -> l.startsWith("VmRSS"))
                    .map(l -> mb(Long.parseLong(l.replaceAll("\\D", ""))))
                    .findFirst()
                    .orElse("?");
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    /** With -XX:NativeMemoryTracking in the flags: the JVM's own account of its memory, by area. */
    static void nativeMemory(PyrotorrentProcess app, Path file) {
        if (!System.getProperty("benchmark.jvmFlags", "").contains("NativeMemoryTracking")) {
            return;
        }
        try {
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow())
                    .resolveSibling("jcmd");
            var process = new ProcessBuilder(
                            jcmd.toString(), Long.toString(app.handle().pid()), "VM.native_memory", "summary")
                    .redirectErrorStream(true)
                    .redirectOutput(file.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.writeString(
                    file,
                    "\nVmRSS " + mb(procStatusKb(app, "VmRSS")) + ", VmHWM " + mb(procStatusKb(app, "VmHWM")) + "\n",
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
