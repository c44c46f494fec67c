package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.model.health.TargetHealth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The JSON shape of GET /health. */
record HealthBody(String status, List<Target> targets) {

    /** {@code disk}: {@link Disk}, or the text "unknown" where pyroTorrent cannot see the download directory. */
    record Target(
            String name,
            boolean reachable,
            String clientVersion,
            String libraryVersion,
            String rpc,
            String lastError,
            String lastErrorAt,
            Object disk) {}

    /** Bytes free and in all on the download directory's file system; low: below disk.lowSpaceWarning. */
    record Disk(long free, long total, boolean low) {

        static Object of(TargetDisk disk) {
            return disk.usage()
                    .<Object>map(usage -> new Disk(usage.freeBytes(), usage.totalBytes(), disk.low()))
                    .orElse("unknown");
        }
    }

    static HealthBody of(List<TargetHealth> health, List<TargetDisk> disks) {
        Map<TargetName, TargetDisk> byTarget =
                disks.stream().collect(Collectors.toMap(TargetDisk::target, Function.identity()));
        return new HealthBody(
                "up",
                health.stream()
                        .map(h -> new Target(
                                h.target().value(),
                                h.reachable(),
                                h.clientVersion().orElse(null),
                                h.libraryVersion().orElse(null),
                                h.rpc().orElse(null),
                                h.lastError().orElse(null),
                                h.lastErrorAt().map(Object::toString).orElse(null),
                                Disk.of(byTarget.getOrDefault(h.target(), TargetDisk.unknown(h.target())))))
                        .toList());
    }
}
