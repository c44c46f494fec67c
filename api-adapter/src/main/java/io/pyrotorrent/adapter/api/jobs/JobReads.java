package io.pyrotorrent.adapter.api.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.in.FollowJobs;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * GET /api/v1/jobs/{id}: any job of the caller's; a removal answers as it always has, a move or a
 * creation with bytes done of total. GET /api/v1/jobs/{id}/torrent: a created .torrent.
 */
public final class JobReads {

    private final BiConsumer<Context, Principal> removals;
    private final FollowJobs jobs;
    private final CreateTorrents create;

    /** @param removals the removal jobs' own reader, asked first; it answers 404 when the id is not one */
    public JobReads(BiConsumer<Context, Principal> removals, FollowJobs jobs, CreateTorrents create) {
        this.removals = removals;
        this.jobs = jobs;
        this.create = create;
    }

    public void read(Context ctx, Principal caller) {
        JobId id = id(ctx);
        var job = jobs.job(caller, id);
        if (job.isEmpty()) {
            removals.accept(ctx, caller);
            return;
        }
        Replies.json(ctx, body(job.get()));
    }

    public void torrent(Context ctx, Principal caller) {
        JobId id = id(ctx);
        CreatedTorrent torrent = create.created(caller, id)
                .orElseThrow(() -> ApiError.notFound(
                        "no created torrent for job " + id.value() + " (yet): follow the job until it has finished"));
        String file = torrent.name().replaceAll("[^A-Za-z0-9._ -]", "_") + ".torrent";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("application/x-bittorrent").result(torrent.bytes());
    }

    static ObjectNode body(JobStatus job) {
        ObjectNode body = Json.object()
                .put("job", job.id().value())
                .put("kind", job.kind())
                .put("target", job.target().value())
                .put("totalBytes", job.total())
                .put("doneBytes", job.done())
                .put("percent", job.percent())
                .put("finished", job.finished());
        var items = body.putArray("results");
        for (JobItem item : job.items()) {
            items.addObject().put("name", item.subject()).put("ok", item.ok()).put("message", item.message());
        }
        return body;
    }

    private static JobId id(Context ctx) {
        QueryParams.of(ctx, Set.of());
        try {
            return new JobId(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("id: " + e.getMessage());
        }
    }
}
