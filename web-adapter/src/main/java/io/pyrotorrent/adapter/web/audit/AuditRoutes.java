package io.pyrotorrent.adapter.web.audit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.port.in.ReadAudit;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** GET /audit: who changed what, filterable by user, target and time; the reader's rules apply. */
public final class AuditRoutes {

    private final ReadAudit audit;
    private final Pages pages;

    public AuditRoutes(ReadAudit audit, Pages pages) {
        this.audit = audit;
        this.pages = pages;
    }

    public void page(Context ctx) {
        String user = text(ctx, "user");
        String target = text(ctx, "target");
        String since = text(ctx, "since");
        String limitText = text(ctx, "limit");
        AuditQuery query;
        int limit;
        try {
            limit = limitText.isEmpty() ? AuditQuery.DEFAULT_LIMIT : Integer.parseInt(limitText);
            query = new AuditQuery(
                    user.isEmpty() ? Optional.empty() : Optional.of(user),
                    target.isEmpty() ? Set.of() : Set.of(TargetName.of(target)),
                    since.isEmpty() ? Optional.empty() : Optional.of(instant(since)),
                    limit);
        } catch (IllegalArgumentException e) {
            pages.error(ctx, HttpStatus.BAD_REQUEST, "Audit filter: " + e.getMessage());
            return;
        }
        var entries = audit.read(Visitor.of(ctx), query).stream()
                .map(AuditPage.Line::of)
                .toList();
        pages.render(ctx, "audit", new AuditPage(user, target, since, limit, entries));
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since: expected a UTC time like 2026-12-01T10:00:00Z", e);
        }
    }
}
