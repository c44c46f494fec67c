package io.pyrotorrent.adapter.web.data;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.in.FollowJobs;
import io.pyrotorrent.domain.port.in.MoveData;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * GET/POST target/<t>/move?hash=..: move one torrent's data, or a selection's (hashes from the
 * bulk form); GET/POST target/<t>/create_torrent: make a torrent from data on the storage; both
 * start a job and go to job/<id>, which follows it (it runs on the server, so closing the page
 * changes nothing) and, for a creation, offers the .torrent at job/<id>/torrent.
 */
public final class DataJobRoutes {

    private static final int MAX_HASHES = 10_000;

    private final MoveData move;
    private final CreateTorrents create;
    private final FollowJobs jobs;
    private final Pages pages;
    private final CsrfTokens csrf;

    public DataJobRoutes(MoveData move, CreateTorrents create, FollowJobs jobs, Pages pages, CsrfTokens csrf) {
        this.move = move;
        this.create = create;
        this.jobs = jobs;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void moveForm(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        List<InfoHash> hashes = hashes(ctx.queryParams("hash"));
        pages.render(
                ctx,
                "move",
                new DataJobPages.Move(
                        target.value(),
                        String.join(",", hashes.stream().map(InfoHash::hex).toList()),
                        hashes.size()));
    }

    public void move(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        if (ctx.formParam("directory") == null) {
            // The overview's bulk form: the checked torrents, asked where to.
            List<InfoHash> checked = hashes(ctx.formParams("hash"));
            pages.render(
                    ctx,
                    "move",
                    new DataJobPages.Move(
                            target.value(),
                            String.join(",", checked.stream().map(InfoHash::hex).toList()),
                            checked.size()));
            return;
        }
        String hashes = String.valueOf(ctx.formParam("hashes"));
        String back = "target/" + target.value() + "/move?hash=" + hashes.replace(",", "&hash=");
        try {
            var id = move.startMove(
                    Visitor.of(ctx),
                    target,
                    hashes(List.of(hashes.split(","))),
                    DownloadDirectory.of(
                            String.valueOf(ctx.formParam("directory")).strip()),
                    "yes".equals(ctx.formParam("recheck")));
            ctx.redirect(Pages.base(ctx) + "job/" + id.value(), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Not moved: " + e.getMessage())));
        }
    }

    public void createForm(Context ctx) {
        pages.render(
                ctx,
                "create",
                new DataJobPages.Create(TargetName.of(ctx.pathParam("target")).value()));
    }

    public void create(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        try {
            var tiers = new ArrayList<List<TrackerUrl>>();
            for (String line : String.valueOf(ctx.formParam("trackers")).split("\\R")) {
                if (!line.isBlank() && !line.equals("null")) {
                    tiers.add(List.of(line.split(",")).stream()
                            .map(String::strip)
                            .map(TrackerUrl::of)
                            .toList());
                }
            }
            String piece = ctx.formParam("pieceSize");
            var asked = new NewTorrent(
                    String.valueOf(ctx.formParam("path")).strip(),
                    tiers,
                    "yes".equals(ctx.formParam("private")),
                    ctx.formParam("comment") == null ? "" : ctx.formParam("comment"),
                    piece == null || piece.isBlank() ? OptionalInt.empty() : OptionalInt.of(pieceSize(piece)),
                    "yes".equals(ctx.formParam("add")));
            var id = create.startCreate(Visitor.of(ctx), target, asked);
            ctx.redirect(Pages.base(ctx) + "job/" + id.value(), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(
                    ctx,
                    "target/" + target.value() + "/create_torrent",
                    List.of(FlashMessage.error("Not created: " + e.getMessage())));
        }
    }

    public void job(Context ctx) {
        JobId id = jobId(ctx);
        JobStatus job = jobs.job(Visitor.of(ctx), id).orElse(null);
        if (job == null) {
            pages.error(ctx, HttpStatus.NOT_FOUND, "No such job: it never was, is not yours, or the server restarted.");
            return;
        }
        boolean creation = job.kind().equals("create");
        pages.render(
                ctx,
                "job",
                new DataJobPages.Job(
                        id.value(),
                        creation ? "Creating a torrent" : "Moving data",
                        job.target().value(),
                        job.percent(),
                        Units.bytes(job.done()),
                        Units.bytes(job.total()),
                        job.finished(),
                        creation && create.created(Visitor.of(ctx), id).isPresent(),
                        job.items().stream()
                                .map(i -> new DataJobPages.Item(i.subject(), i.ok(), i.message()))
                                .toList()));
    }

    public void torrent(Context ctx) {
        JobId id = jobId(ctx);
        var torrent = create.created(Visitor.of(ctx), id).orElse(null);
        if (torrent == null) {
            pages.error(ctx, HttpStatus.NOT_FOUND, "No .torrent for this job (yet).");
            return;
        }
        String file = torrent.name().replaceAll("[^A-Za-z0-9._ -]", "_") + ".torrent";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("application/x-bittorrent").result(torrent.bytes());
    }

    private static List<InfoHash> hashes(List<String> given) {
        if (given.isEmpty() || given.size() > MAX_HASHES) {
            throw new IllegalArgumentException("hash: choose one to " + MAX_HASHES + " torrents to move");
        }
        return given.stream().map(InfoHash::of).toList();
    }

    private static int pieceSize(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pieceSize: a whole number of bytes, not '" + text + "'");
        }
    }

    private static JobId jobId(Context ctx) {
        return new JobId(ctx.pathParam("id"));
    }
}
