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
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleView;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.in.ManageSeedingRules;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * /api/v1/automation/seeding-rules: list (GET), create (POST), replace (PUT .../{id}), delete
 * (DELETE .../{id}); POST .../dry-run answers what a rule (saved or not) would act on now; POST
 * .../{id}/confirm {"count": n} acts on what a waiting rule matches.
 */
public final class SeedingRuleRoutes {

    private final ManageSeedingRules rules;

    public SeedingRuleRoutes(ManageSeedingRules rules) {
        this.rules = rules;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("rules");
        rules.rules(caller).forEach(view -> array.add(SeedingRuleJson.write(view)));
        Replies.json(ctx, body);
    }

    public void create(Context ctx, Principal caller) {
        SeedingRule saved = rules.save(caller, SeedingRuleJson.read(RequestBody.json(ctx), 0));
        Replies.json(ctx, 201, SeedingRuleJson.write(view(caller, saved.id())));
    }

    public void replace(Context ctx, Principal caller) {
        long id = id(ctx);
        try {
            rules.save(caller, SeedingRuleJson.read(RequestBody.json(ctx), id));
        } catch (NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        }
        Replies.json(ctx, SeedingRuleJson.write(view(caller, id)));
    }

    public void delete(Context ctx, Principal caller) {
        try {
            rules.delete(caller, id(ctx));
        } catch (NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        }
        Replies.noContent(ctx);
    }

    public void dryRun(Context ctx, Principal caller) {
        List<RuleMatch> matches = rules.dryRun(caller, SeedingRuleJson.read(RequestBody.json(ctx), 0));
        Replies.json(ctx, matches(matches));
    }

    public void confirm(Context ctx, Principal caller) {
        long id = id(ctx);
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("count"));
        int count = body.wholeNumber("count", 0, Integer.MAX_VALUE)
                .orElseThrow(() -> ApiError.badRequest("count: required, the number of torrents you were shown"))
                .intValue();
        try {
            Replies.json(ctx, matches(rules.confirm(caller, id, count)));
        } catch (NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiError(409, "conflict", e.getMessage());
        }
    }

    private RuleView view(Principal caller, long id) {
        return rules.rules(caller).stream()
                .filter(v -> v.rule().id() == id)
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("no seeding rule " + id));
    }

    private static ObjectNode matches(List<RuleMatch> matches) {
        ObjectNode body = Json.object().put("count", matches.size());
        ArrayNode torrents = body.putArray("torrents");
        matches.forEach(match -> torrents.add(SeedingRuleJson.match(match)));
        return body;
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw ApiError.notFound("no seeding rule " + QueryParams.abbreviate(text));
        }
        return Long.parseLong(text);
    }
}
