package io.pyrotorrent.app.managed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rtorrent.rc pyroTorrent writes before every start, so the file always matches the
 * configuration. SCGI listens only on the unix socket: whoever reaches it can run shell commands.
 */
final class RtorrentRcFile {

    private RtorrentRcFile() {}

    static String render(RtorrentDirectory directory, PortRange ports, boolean dht) {
        String socket = quoted(directory.socket());
        return String.join(
                "\n",
                "# Written by pyroTorrent before every start: edits here are overwritten.",
                // Without a terminal rtorrent dies at once unless it runs as a daemon.
                "system.daemon.set = true",
                "network.scgi.open_local = " + socket,
                // The socket's run/ dir is 0700 already; this only keeps the socket itself tight.
                "execute.nothrow = chmod,770," + socket,
                "directory.default.set = " + quoted(directory.download()),
                "session.path.set = " + quoted(directory.session()),
                "network.port_range.set = " + ports,
                "network.port_random.set = no",
                "dht.mode.set = " + (dht ? "auto" : "disable"),
                "protocol.pex.set = " + (dht ? "yes" : "no"),
                "trackers.use_udp.set = yes",
                // Throttle groups defined through pyroTorrent: rTorrent forgets RPC definitions at stop.
                "try_import = " + quoted(directory.root().resolve(ManagedThrottlesFile.FILE)),
                // Last, so settings changed through pyroTorrent win over the defaults above.
                "try_import = " + quoted(directory.root().resolve(ManagedSettingsFile.FILE)),
                "");
    }

    static void write(RtorrentDirectory directory, PortRange ports, boolean dht) {
        try {
            Files.writeString(directory.rcFile(), render(directory, ports, dht), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ManagedRtorrentException("cannot write " + directory.rcFile() + ": " + e, e);
        }
    }

    /** Quoted so spaces survive; {@link RtorrentDirectory} refuses paths with quotes or commas. */
    private static String quoted(Path path) {
        return '"' + path.toString() + '"';
    }
}
