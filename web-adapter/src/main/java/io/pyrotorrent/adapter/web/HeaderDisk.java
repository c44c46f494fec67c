package io.pyrotorrent.adapter.web;

import io.pyrotorrent.domain.model.disk.TargetDisk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One target's free space in the header ("412 GiB free"), flagged when low. Only targets whose
 * download directory pyroTorrent can see have one; the name is shown only beside others'.
 *
 * @param label what the header shows; {@code title} the whole story on hover
 */
record HeaderDisk(String target, String label, String title, boolean low) {

    static List<HeaderDisk> of(List<TargetDisk> disks) {
        List<TargetDisk> seen =
                disks.stream().filter(d -> d.usage().isPresent()).toList();
        return seen.stream().map(d -> of(d, seen.size() > 1)).toList();
    }

    private static HeaderDisk of(TargetDisk disk, boolean named) {
        var usage = disk.usage().orElseThrow();
        String free = Units.bytes(usage.freeBytes());
        String title = disk.target().value() + ": " + free + " free of " + Units.bytes(usage.totalBytes())
                + String.format(Locale.ROOT, " (%.0f%%)", usage.freePercent())
                + (disk.low() ? ", low on space" : "");
        return new HeaderDisk(
                disk.target().value(), (named ? disk.target().value() + " " : "") + free + " free", title, disk.low());
    }

    /** For the live stream: the same, as JSON the header script writes in place. */
    Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("target", target);
        json.put("label", label);
        json.put("title", title);
        json.put("low", low);
        return json;
    }
}
