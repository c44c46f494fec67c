package io.pyrotorrent.adapter.web.add;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.util.MultipartUtil;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.ListTorrents;
import jakarta.servlet.MultipartConfigElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code target/<t>/add_torrent}: the form (GET) and adding (POST, multipart). Every source gets
 * a message of its own: added, or refused and why. All added: back to the overview; otherwise
 * back to the form.
 */
public final class AddRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AddRoutes.class);
    static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    /** Our own limits for this route only: 64 MiB in all, parts over 1 MiB go to a temporary file. */
    private static final MultipartConfigElement UPLOADS =
            new MultipartConfigElement(System.getProperty("java.io.tmpdir"), -1, MAX_REQUEST_BYTES, 1024 * 1024);

    private final AddTorrents add;
    private final ListTorrents list;
    private final Pages pages;
    private final CsrfTokens csrf;

    public AddRoutes(AddTorrents add, ListTorrents list, Pages pages, CsrfTokens csrf) {
        this.add = add;
        this.list = list;
        this.pages = pages;
        this.csrf = csrf;
    }

    /** The form; asking for the labels in use also shows that the target exists (else a 404). */
    public void form(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        List<String> labels = List.of();
        String warning = "";
        try {
            labels = list.list(Visitor.of(ctx), target, ViewName.MAIN, List.of(TorrentFields.LABEL)).stream()
                    .map(row -> row.get(TorrentFields.LABEL).value())
                    .filter(l -> !l.isEmpty())
                    .distinct()
                    .sorted()
                    .toList();
        } catch (TorrentClientException e) {
            warning = e.failure().message();
        }
        pages.render(
                ctx,
                "add",
                new AddPage(
                        target.value(),
                        labels,
                        warning,
                        UploadedTorrents.MAX_FILES,
                        Units.bytes(UploadedTorrents.MAX_FILE_BYTES)));
    }

    public void add(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        String form = "target/" + target.value() + "/add_torrent";
        ctx.req().setAttribute(MultipartUtil.MULTIPART_CONFIG_ATTRIBUTE, UPLOADS);
        String token;
        List<UploadedFile> files;
        try {
            token = ctx.formParam(CsrfTokens.FIELD);
            files = ctx.isMultipartFormData()
                    ? ctx.uploadedFiles("torrents").stream()
                            .filter(f -> !(f.filename().isBlank() && f.size() == 0))
                            .toList()
                    : List.of();
        } catch (Exception unreadable) {
            // Jetty throws a (sneaky, checked) ServletException for a body over the limit or a broken one.
            LOG.debug("unreadable upload", unreadable);
            Pages.redirectBack(
                    ctx,
                    form,
                    List.of(FlashMessage.error("The upload could not be read; at most " + Units.bytes(MAX_REQUEST_BYTES)
                            + " can be sent at once. Nothing was added.")));
            return;
        }
        csrf.verify(ctx, token);
        if (files.size() > UploadedTorrents.MAX_FILES) {
            Pages.redirectBack(
                    ctx,
                    form,
                    List.of(FlashMessage.error(files.size() + " files: at most " + UploadedTorrents.MAX_FILES
                            + " can be added at once. Nothing was added.")));
            return;
        }
        AddOptions options;
        try {
            options = options(ctx);
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, form, List.of(FlashMessage.error(e.getMessage() + ". Nothing was added.")));
            return;
        }
        var uploaded = UploadedTorrents.read(files, ctx.formParam("urls"), ctx.formParam("magnets"));
        if (uploaded.isEmpty()) {
            Pages.redirectBack(
                    ctx, form, List.of(FlashMessage.error("Choose a .torrent file, or give a URL or a magnet link.")));
            return;
        }
        var results = new ArrayList<AddResult>(uploaded.refused());
        try {
            results.addAll(
                    0,
                    uploaded.sources().isEmpty()
                            ? List.of()
                            : add.add(Visitor.of(ctx), target, uploaded.sources(), options));
        } catch (TorrentClientException e) {
            uploaded.sources()
                    .forEach(s -> results.add(
                            new AddResult.Refused(s.name(), e.failure().message())));
        }
        boolean allAdded = results.stream().allMatch(AddResult.Added.class::isInstance);
        Pages.redirectBack(
                ctx,
                allAdded ? "" : form,
                results.stream().map(r -> message(r, target, options)).toList());
    }

    private static AddOptions options(Context ctx) {
        boolean start = !"paused".equals(ctx.formParam("start"));
        Label label;
        try {
            label = Label.of(Optional.ofNullable(ctx.formParam("label")).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Label: " + e.getMessage(), e);
        }
        String directory =
                Optional.ofNullable(ctx.formParam("directory")).orElse("").strip();
        try {
            return new AddOptions(
                    start,
                    label,
                    directory.isEmpty() ? Optional.empty() : Optional.of(DownloadDirectory.of(directory)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Download directory: " + e.getMessage(), e);
        }
    }

    private static FlashMessage message(AddResult result, TargetName target, AddOptions options) {
        if (result instanceof AddResult.Refused refused) {
            return FlashMessage.error(
                    "Not added: " + BidiText.isolate(refused.source()) + ": " + BidiText.isolate(refused.reason()));
        }
        return FlashMessage.ok("Added " + BidiText.isolate(result.source()) + " to " + target.value()
                + (options.start() ? "" : " (paused)"));
    }
}
