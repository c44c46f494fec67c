package io.pyrotorrent.app.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Cuts Prometheus exposition text down to what one caller may see: a sample with a {@code target}
 * label stays only if that target is visible; samples without one (HTTP, JVM) always stay. The
 * HELP and TYPE lines of a metric go with its last visible sample, so a hidden target's metric
 * leaves no trace. A sample line that does not parse is dropped, never passed on.
 */
final class TargetSeries {

    private TargetSeries() {}

    static String filter(String exposition, Predicate<String> visibleTarget) {
        var out = new StringBuilder(exposition.length());
        List<String> comments = new ArrayList<>();
        boolean lastWasSample = false;
        for (String line : exposition.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (lastWasSample) {
                    comments.clear();
                }
                comments.add(line);
                lastWasSample = false;
                continue;
            }
            lastWasSample = true;
            Optional<Optional<String>> target = target(line);
            if (target.isPresent() && target.get().map(visibleTarget::test).orElse(true)) {
                comments.forEach(comment -> out.append(comment).append('\n'));
                comments.clear();
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The sample's target label: empty outside when the line does not parse, empty inside when the
     * sample has no target. Label values are quoted with \\, \" and \n escapes.
     */
    static Optional<Optional<String>> target(String sample) {
        int open = sample.indexOf('{');
        int space = sample.indexOf(' ');
        if (open < 0 || (space >= 0 && space < open)) {
            return Optional.of(Optional.empty());
        }
        int i = open + 1;
        Optional<String> target = Optional.empty();
        while (i < sample.length() && sample.charAt(i) != '}') {
            int equals = sample.indexOf("=\"", i);
            if (equals < 0) {
                return Optional.empty();
            }
            String name = sample.substring(i, equals).trim();
            var value = new StringBuilder();
            int j = equals + 2;
            for (; j < sample.length() && sample.charAt(j) != '"'; j++) {
                char c = sample.charAt(j);
                if (c == '\\' && j + 1 < sample.length()) {
                    char next = sample.charAt(++j);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            if (j >= sample.length()) {
                return Optional.empty();
            }
            if (name.equals("target")) {
                target = Optional.of(value.toString());
            }
            i = j + 1;
            if (i < sample.length() && sample.charAt(i) == ',') {
                i++;
            }
        }
        return i < sample.length() ? Optional.of(target) : Optional.empty();
    }
}
