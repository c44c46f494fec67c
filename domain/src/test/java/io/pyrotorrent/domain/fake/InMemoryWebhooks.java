package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.port.out.WebhookStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link WebhookStore} in a map, ids counted from 1 as SQLite does. */
public final class InMemoryWebhooks implements WebhookStore {

    private final Map<Long, Webhook> hooks = new TreeMap<>();
    private long next = 1;

    @Override
    public synchronized List<Webhook> all() {
        return List.copyOf(hooks.values());
    }

    @Override
    public synchronized Optional<Webhook> find(long id) {
        return Optional.ofNullable(hooks.get(id));
    }

    @Override
    public synchronized Webhook save(Webhook hook) {
        Webhook saved = hook.id() == 0 ? hook.withId(next++) : hook;
        hooks.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized void delete(long id) {
        hooks.remove(id);
    }
}
