package io.pyrotorrent.app.managed;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import io.pyrotorrent.domain.port.out.ThrottleKeeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throttle groups defined on a managed instance, kept in {@code throttles.rc} in its data dir,
 * which its rtorrent.rc imports: rTorrent forgets groups defined over RPC when it stops, and a
 * torrent's group (d.throttle_name, kept in its session) without the group limits nothing. The
 * file is rTorrent's own syntax ({@code throttle.up = NAME,KIB}); names are letters, digits and
 * ".-_" only ({@link ThrottleName}), so a line carries exactly one command.
 */
public final class ManagedThrottlesFile implements ThrottleKeeper {

    static final String FILE = "throttles.rc";
    private static final Pattern LINE = Pattern.compile("throttle\\.(up|down) = ([A-Za-z0-9._-]+),(\\d+)");

    private final Map<TargetName, Path> dataDirs;

    public ManagedThrottlesFile(Map<TargetName, Path> dataDirs) {
        this.dataDirs = Map.copyOf(dataDirs);
    }

    @Override
    public boolean keeps(TargetName target) {
        return dataDirs.containsKey(target);
    }

    @Override
    public synchronized void keep(TargetName target, ThrottleGroup group) {
        Path dir = dataDirs.get(target);
        if (dir == null) {
            return;
        }
        var groups = new TreeMap<String, ThrottleGroup>();
        kept(target).forEach(g -> groups.put(g.name().value(), g));
        groups.put(group.name().value(), group);
        var lines = new ArrayList<String>();
        lines.add(
                "# Throttle groups defined through pyroTorrent; imported by rtorrent.rc. pyroTorrent rewrites this file.");
        for (ThrottleGroup g : groups.values()) {
            lines.add("throttle.up = " + g.name().value() + "," + g.upKiB());
            lines.add("throttle.down = " + g.name().value() + "," + g.downKiB());
        }
        KeptRcFile.replace(dir, FILE, lines, "the throttle groups");
    }

    /** A line that does not parse (edited by hand) is skipped: rTorrent still reads it. */
    @Override
    public synchronized List<ThrottleGroup> kept(TargetName target) {
        Path dir = dataDirs.get(target);
        if (dir == null || !Files.isRegularFile(dir.resolve(FILE))) {
            return List.of();
        }
        var up = new TreeMap<String, Long>();
        var down = new TreeMap<String, Long>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    (m.group(1).equals("up") ? up : down).put(m.group(2), Long.parseLong(m.group(3)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
        var groups = new ArrayList<ThrottleGroup>();
        var names = new java.util.TreeSet<String>(up.keySet());
        names.addAll(down.keySet());
        for (String name : names) {
            try {
                groups.add(new ThrottleGroup(
                        ThrottleName.of(name), up.getOrDefault(name, 0L), down.getOrDefault(name, 0L)));
            } catch (IllegalArgumentException skipped) {
                // Out of range or reserved: rTorrent decides what it makes of the line.
            }
        }
        return groups;
    }
}
