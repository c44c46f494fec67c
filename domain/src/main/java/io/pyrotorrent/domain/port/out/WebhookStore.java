package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.webhook.Webhook;
import java.util.List;
import java.util.Optional;

/** The webhooks pyroTorrent keeps. */
public interface WebhookStore {

    /** By id. */
    List<Webhook> all();

    Optional<Webhook> find(long id);

    /** A new one (id 0) gets its id; another replaces the one of its id. */
    Webhook save(Webhook hook);

    void delete(long id);
}
