package io.pyrotorrent.domain.model.webhook;

import java.util.Arrays;
import java.util.Locale;

/** What a webhook can be told about, by the word its JSON and its settings use. */
public enum WebhookEvent {
    FINISHED("finished"),
    FAILED("failed"),
    ADDED("added"),
    RSS_ADDED("rss-added"),
    RULE_ACTED("rule-acted"),
    /** Only ever sent by the "send test" button. */
    TEST("test");

    private final String word;

    WebhookEvent(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** @throws IllegalArgumentException naming the words there are */
    public static WebhookEvent of(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(e -> e != TEST && e.word.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "events: '" + word + "' is not one of finished, failed, added, rss-added, rule-acted"));
    }
}
