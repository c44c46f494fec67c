package io.pyrotorrent.adapter.api.automation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookView;
import io.pyrotorrent.domain.port.in.ManageWebhooks;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * /api/v1/automation/webhooks: list (GET), create (POST {"target", "url", "events"}); .../{id}:
 * delete (DELETE); .../{id}/test: send a "test" event now (POST), answering what came of it.
 */
public final class WebhookRoutes {

    private final ManageWebhooks hooks;

    public WebhookRoutes(ManageWebhooks hooks) {
        this.hooks = hooks;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("webhooks");
        hooks.hooks(caller).forEach(view -> array.add(write(view)));
        Replies.json(ctx, body);
    }

    public void create(Context ctx, Principal caller) {
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("target", "url", "events"));
        TargetName target = TargetName.of(body.requiredText("target", 100));
        var url = Webhook.url(body.requiredText("url", Webhook.MAX_URL));
        var events = EnumSet.noneOf(WebhookEvent.class);
        body.texts("events", 10, 20).forEach(word -> events.add(WebhookEvent.of(word)));
        Replies.json(ctx, 201, write(hooks.save(caller, new Webhook(0, target, url, events))));
    }

    public void delete(Context ctx, Principal caller) {
        try {
            hooks.delete(caller, id(ctx));
        } catch (NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        }
        Replies.noContent(ctx);
    }

    public void test(Context ctx, Principal caller) {
        String result;
        try {
            result = hooks.test(caller, id(ctx));
        } catch (NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        }
        Replies.json(ctx, Json.object().put("result", result));
    }

    private static ObjectNode write(WebhookView view) {
        Webhook hook = view.hook();
        ObjectNode json = Json.object()
                .put("id", hook.id())
                .put("target", hook.target().value())
                .put("url", hook.url().toString());
        ArrayNode events = json.putArray("events");
        hook.events().stream().map(WebhookEvent::word).sorted().forEach(events::add);
        json.putObject("status")
                .put("delivered", view.status().delivered())
                .put("failed", view.status().failed())
                .put("retries", view.status().retries())
                .put("last", view.status().last());
        return json;
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw ApiError.notFound("no webhook " + QueryParams.abbreviate(text));
        }
        return Long.parseLong(text);
    }
}
