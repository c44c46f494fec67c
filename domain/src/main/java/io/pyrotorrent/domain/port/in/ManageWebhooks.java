package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookView;
import java.util.List;

/**
 * Webhooks, per target. A target the caller may not use fails with {@link
 * io.pyrotorrent.domain.model.UnknownTargetException}, like one that does not exist; a hook of
 * such a target is {@link java.util.NoSuchElementException}, like one that does not exist.
 */
public interface ManageWebhooks {

    List<WebhookView> hooks(Principal caller);

    /** @throws IllegalArgumentException naming why the URL is refused (its address range) */
    WebhookView save(Principal caller, Webhook hook);

    void delete(Principal caller, long id);

    /** Sends a "test" event now, once, and says what came of it ("delivered" or why not). */
    String test(Principal caller, long id);
}
