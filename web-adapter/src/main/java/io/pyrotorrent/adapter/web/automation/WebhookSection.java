package io.pyrotorrent.adapter.web.automation;

import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookView;
import java.util.List;
import java.util.stream.Collectors;

/** The automation page's webhooks: one row per hook, in words. */
record WebhookSection(List<Row> hooks) {

    record Row(long id, String target, String url, String events, String last, long delivered, long failed) {
        static Row of(WebhookView view) {
            var hook = view.hook();
            return new Row(
                    hook.id(),
                    hook.target().value(),
                    hook.url().toString(),
                    hook.events().stream().map(WebhookEvent::word).sorted().collect(Collectors.joining(", ")),
                    view.status().last(),
                    view.status().delivered(),
                    view.status().failed());
        }
    }

    static WebhookSection of(List<WebhookView> views) {
        return new WebhookSection(views.stream().map(Row::of).toList());
    }
}
