package io.pyrotorrent.app.rss;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.port.in.AddTorrents;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** The feeds' adds, each one rTorrent took told to webhooks as "rss-added" (with the item's title). */
final class PublishedAdds implements AddTorrents {

    private final AddTorrents add;
    private final Consumer<WebhookMessage> events;
    private final Clock clock;

    PublishedAdds(AddTorrents add, Consumer<WebhookMessage> events, Clock clock) {
        this.add = add;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<AddResult> add(Principal caller, TargetName target, List<NamedSource> sources, AddOptions options) {
        List<AddResult> results = add.add(caller, target, sources, options);
        for (AddResult result : results) {
            if (result instanceof AddResult.Added added) {
                events.accept(new WebhookMessage(
                        WebhookEvent.RSS_ADDED, target, clock.instant(), added.hash(), added.source(), "from a feed"));
            }
        }
        return results;
    }

    @Override
    public UrlFetches fetchesForOneRequest() {
        return add.fetchesForOneRequest();
    }
}
