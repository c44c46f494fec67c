package io.pyrotorrent.it.bench;

import io.pyrotorrent.it.support.RtorrentContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the report says about where it ran: the machine, its load, the flags, Flood's absence. */
final class MachineFacts {

    private MachineFacts() {}

    static String floodNote() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dirName.isEmpty() && Files.isExecutable(Path.of(dirName, "flood"))) {
                return "`flood` is on the PATH (" + Path.of(dirName, "flood") + ") but this run does not drive it;"
                        + " see RTORRENT.md for Flood's measured numbers.";
            }
        }
        return "`flood` is not on the PATH: Flood was not measured (RTORRENT.md measured Flood 4.11 at ~115 ms for"
                + " 1,000 and ~520 ms for 5,000 torrents, ~10x the raw call, 300-380 MB RSS).";
    }

    static Map<String, String> machine() {
        var m = new LinkedHashMap<String, String>();
        m.put("date", Instant.now().toString());
        m.put("CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible");
        m.put("memory", memTotal());
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put(
                "JVM (pyroTorrent and load)",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("pyroTorrent JVM flags", BenchmarkRun.JVM_FLAGS + " (./pyrotorrent's defaults)");
        m.put(
                "rTorrent",
                "0.9.8 / libtorrent 0.13.8 in Docker (" + RtorrentContainer.IMAGE + "), SCGI over TCP on"
                        + " loopback through Docker's port forwarding");
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> ProcessMemory.mb(Long.parseLong(l.replaceAll("\\D", ""))))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
