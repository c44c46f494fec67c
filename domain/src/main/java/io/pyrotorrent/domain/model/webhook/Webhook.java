package io.pyrotorrent.domain.model.webhook;

import io.pyrotorrent.domain.model.TargetName;
import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A URL that gets a JSON POST for each event of the listed types on one target; id 0 is new. */
public record Webhook(long id, TargetName target, URI url, Set<WebhookEvent> events) {

    public static final int MAX_URL = 2048;

    public Webhook {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("url: an http or https URL with a host, not '" + abbreviate(url) + "'");
        }
        if (url.toString().length() > MAX_URL) {
            throw new IllegalArgumentException("url: at most " + MAX_URL + " characters");
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException(
                    "events: at least one of finished, failed, added, rss-added, rule-acted");
        }
        if (events.contains(WebhookEvent.TEST)) {
            throw new IllegalArgumentException("events: 'test' is only sent by the test button");
        }
        events = Set.copyOf(EnumSet.copyOf(events));
    }

    /** Parses the URL, naming the field when it is not one. */
    public static URI url(String text) {
        try {
            return new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("url: not a URL: " + e.getReason());
        }
    }

    public Webhook withId(long newId) {
        return new Webhook(newId, target, url, events);
    }

    private static String abbreviate(URI url) {
        String text = url.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
