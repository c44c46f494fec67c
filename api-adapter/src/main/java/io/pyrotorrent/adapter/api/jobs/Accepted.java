package io.pyrotorrent.adapter.api.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.removal.JobId;

/** 202 with the job's id, and where to follow it. */
final class Accepted {

    private Accepted() {}

    static void job(Context ctx, JobId id, ObjectNode body) {
        ctx.header("Location", ctx.contextPath() + "/api/v1/jobs/" + id.value());
        Replies.json(ctx, 202, body.put("job", id.value()));
    }
}
