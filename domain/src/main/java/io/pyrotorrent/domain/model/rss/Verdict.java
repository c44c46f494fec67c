package io.pyrotorrent.domain.model.rss;

import java.util.Objects;

/** What the rules say about one item: taken by a rule, or skipped and why. */
public sealed interface Verdict {

    String reason();

    record Take(String rule, String reason) implements Verdict {
        public Take {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Skip(String reason) implements Verdict {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
