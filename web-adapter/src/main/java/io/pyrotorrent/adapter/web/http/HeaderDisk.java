package io.pyrotorrent.adapter.web.http;

import io.pyrotorrent.domain.model.disk.TargetDisk;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One target's free space in the header ("412 GiB free"), flagged when low. Only targets whose
 * download directory pyroTorrent can see have one; the name is shown only beside others'. A phone
 * has room for one short chip ("412G"): the {@code tightest} one, a low one first, else the one
 * with the smallest share free.
 *
 * @param label what the header shows; {@code brief} the same on a phone; {@code title} the whole story on hover
 */
public record HeaderDisk(String target, String label, String brief, String title, boolean low, boolean tightest) {

    private static final String[] UNITS = {"B", "K", "M", "G", "T", "P"};

    public static List<HeaderDisk> of(List<TargetDisk> disks) {
        List<TargetDisk> seen =
                disks.stream().filter(d -> d.usage().isPresent()).toList();
        var tightest = seen.stream()
                .min(Comparator.comparing((TargetDisk d) -> !d.low())
                        .thenComparingDouble(d -> d.usage().orElseThrow().freePercent()))
                .orElse(null);
        return seen.stream().map(d -> of(d, seen.size() > 1, d == tightest)).toList();
    }

    private static HeaderDisk of(TargetDisk disk, boolean named, boolean tightest) {
        var usage = disk.usage().orElseThrow();
        String free = Units.bytes(usage.freeBytes());
        String title = disk.target().value() + ": " + free + " free of " + Units.bytes(usage.totalBytes())
                + String.format(Locale.ROOT, " (%.0f%%)", usage.freePercent())
                + (disk.low() ? ", low on space" : "");
        return new HeaderDisk(
                disk.target().value(),
                (named ? disk.target().value() + " " : "") + free + " free",
                brief(usage.freeBytes()),
                title,
                disk.low(),
                tightest);
    }

    /** "412G", "1.2T", "9.5G": binary units in one letter, two digits where they fit. */
    static String brief(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, unit > 0 && value < 10 ? "%.1f%s" : "%.0f%s", value, UNITS[unit]);
    }

    /** For the live stream: the same, as JSON the header script writes in place. */
    public Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("target", target);
        json.put("label", label);
        json.put("brief", brief);
        json.put("title", title);
        json.put("low", low);
        json.put("tightest", tightest);
        return json;
    }
}
