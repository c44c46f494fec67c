package io.pyrotorrent.app.fetch;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;

/**
 * A webhook's body: {"event", "target", "at", "hash", "name", "detail"}, hash null when there is
 * no torrent. Written by hand: six strings need no JSON library in the app's wiring.
 */
final class WebhookJson {

    private WebhookJson() {}

    static String of(WebhookMessage message) {
        return "{\"event\":" + text(message.event().word())
                + ",\"target\":" + text(message.target().value())
                + ",\"at\":" + text(message.at().toString())
                + ",\"hash\":"
                + message.hash().map(InfoHash::hex).map(WebhookJson::text).orElse("null")
                + ",\"name\":" + text(message.name())
                + ",\"detail\":" + text(message.detail()) + "}";
    }

    static String text(String value) {
        var out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
