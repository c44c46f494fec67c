package io.pyrotorrent.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every store of webhooks must do: run on the in-memory fake and on SQLite. */
public abstract class WebhookStoreContract {

    protected abstract WebhookStore store();

    @Test
    void aHook_getsAnId_readsBackEqual_isReplacedById_andDeleted() {
        var hook = new Webhook(
                0,
                TargetName.of("main"),
                URI.create("https://hooks.example/x?a=1"),
                Set.of(WebhookEvent.FINISHED, WebhookEvent.RSS_ADDED, WebhookEvent.RULE_ACTED));

        Webhook saved = store().save(hook);
        var other =
                store().save(new Webhook(0, TargetName.of("b"), URI.create("http://h/"), Set.of(WebhookEvent.ADDED)));

        assertThat(saved.id()).isPositive();
        assertThat(store().find(saved.id())).contains(saved);
        var changed = new Webhook(saved.id(), saved.target(), URI.create("http://h/2"), Set.of(WebhookEvent.FAILED));
        store().save(changed);
        assertThat(store().all()).containsExactly(changed, other);
        store().delete(saved.id());
        assertThat(store().all()).containsExactly(other);
    }
}
