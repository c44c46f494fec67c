package io.pyrotorrent.domain.model.seeding;

import io.pyrotorrent.domain.model.Label;
import java.util.Locale;
import java.util.Objects;

/** Which torrents of its target a seeding rule looks at. */
public sealed interface RuleScope {

    /** Words for pages and the audit log ("label linux"). */
    String describe();

    /** Every torrent of the target. */
    record Everything() implements RuleScope {
        @Override
        public String describe() {
            return "every torrent";
        }
    }

    /** Torrents with this label (an empty label is "no label"). */
    record OfLabel(Label label) implements RuleScope {
        public OfLabel {
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String describe() {
            return label.isEmpty() ? "torrents without a label" : "label " + label.value();
        }
    }

    /**
     * Torrents announcing to a tracker whose host is this one or ends in ".host": private trackers
     * rotate announce hosts (tracker.example.org, t2.example.org), the domain stays.
     */
    record OfTracker(String host) implements RuleScope {
        public OfTracker {
            Objects.requireNonNull(host, "host");
            host = host.strip().toLowerCase(Locale.ROOT);
            if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
                throw new IllegalArgumentException(
                        "tracker: a host name like tracker.example.org, not '" + abbreviate(host) + "'");
            }
        }

        @Override
        public String describe() {
            return "tracker " + host;
        }

        /** Whether an announce URL's host is this tracker's. */
        public boolean matches(String announceHost) {
            String candidate = announceHost.toLowerCase(Locale.ROOT);
            return candidate.equals(host) || candidate.endsWith("." + host);
        }

        private static String abbreviate(String text) {
            return text.length() <= 64 ? text : text.substring(0, 64) + "...";
        }
    }
}
