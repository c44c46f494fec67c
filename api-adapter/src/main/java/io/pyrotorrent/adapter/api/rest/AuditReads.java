package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.ReadAudit;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * GET /api/v1/audit?user=&target=&since=&limit=: the changes made through pyroTorrent, newest
 * first; admins see every entry, others those of their own targets.
 */
public final class AuditReads {

    private static final Set<String> PARAMS = Set.of("user", "target", "since", "limit");

    private final ReadAudit audit;

    public AuditReads(ReadAudit audit) {
        this.audit = audit;
    }

    public void list(Context ctx, Principal caller) {
        var params = QueryParams.of(ctx, PARAMS);
        var query = new AuditQuery(
                params.text("user"),
                params.text("target").map(AuditReads::target).map(Set::of).orElse(Set.of()),
                params.text("since").map(AuditReads::since),
                params.number("limit", 1, AuditQuery.MAX_LIMIT, AuditQuery.DEFAULT_LIMIT));
        ObjectNode body = Json.object();
        ArrayNode entries = body.putArray("entries");
        audit.read(caller, query).forEach(entry -> entries.add(json(entry)));
        Replies.json(ctx, body);
    }

    private static TargetName target(String text) {
        try {
            return TargetName.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("target: " + e.getMessage());
        }
    }

    private static Instant since(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(
                    "since: expected a UTC time like 2026-12-01T10:00:00Z, not '" + QueryParams.abbreviate(text) + "'");
        }
    }

    private static ObjectNode json(AuditEntry entry) {
        ObjectNode json = Json.object()
                .put("at", entry.at().toString())
                .put("user", entry.user())
                .put("target", entry.target().value())
                .put("action", entry.action());
        ArrayNode torrents = json.putArray("torrents");
        entry.torrents().forEach(torrents::add);
        return json.put("result", entry.result());
    }
}
