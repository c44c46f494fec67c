package io.pyrotorrent.adapter.web.automation;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.port.in.ManageWebhooks;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * POST automation/webhooks adds a hook; POST automation/webhooks/{id}/test sends a "test" event
 * now and says what came of it; POST automation/webhooks/{id}/delete removes one. Each answers
 * with the automation page and a message naming what was wrong.
 */
public final class WebhookRoutes {

    private static final String BACK = "automation";

    private final ManageWebhooks hooks;
    private final CsrfTokens csrf;

    public WebhookRoutes(ManageWebhooks hooks, CsrfTokens csrf) {
        this.hooks = hooks;
        this.csrf = csrf;
    }

    public void save(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        try {
            String target = field(ctx, "target");
            if (target.isEmpty()) {
                throw new IllegalArgumentException("target: required");
            }
            var events = EnumSet.noneOf(WebhookEvent.class);
            for (String word : ctx.formParams("events")) {
                events.add(WebhookEvent.of(word));
            }
            hooks.save(Visitor.of(ctx), new Webhook(0, TargetName.of(target), Webhook.url(field(ctx, "url")), events));
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, BACK, List.of(FlashMessage.error("Webhook not saved: " + e.getMessage())));
            return;
        }
        Pages.redirectBack(ctx, BACK, List.of(FlashMessage.ok("Saved the webhook.")));
    }

    public void test(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        try {
            String result = hooks.test(Visitor.of(ctx), id(ctx));
            var message = result.equals("delivered")
                    ? FlashMessage.ok("Test event delivered.")
                    : FlashMessage.error("Test event " + result);
            Pages.redirectBack(ctx, BACK, List.of(message));
        } catch (NoSuchElementException e) {
            Pages.redirectBack(ctx, BACK, List.of(FlashMessage.error(e.getMessage())));
        }
    }

    public void delete(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        try {
            hooks.delete(Visitor.of(ctx), id(ctx));
        } catch (NoSuchElementException e) {
            Pages.redirectBack(ctx, BACK, List.of(FlashMessage.error(e.getMessage())));
            return;
        }
        Pages.redirectBack(ctx, BACK, List.of(FlashMessage.ok("Deleted the webhook.")));
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw new NoSuchElementException("no webhook " + (text.length() <= 20 ? text : "with that id"));
        }
        return Long.parseLong(text);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
