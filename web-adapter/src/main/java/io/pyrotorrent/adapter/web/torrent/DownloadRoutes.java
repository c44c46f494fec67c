package io.pyrotorrent.adapter.web.torrent;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.files.FileLookup;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * Payload files and .torrent files, streamed from disk with Range support so downloads resume.
 * The domain decides what may be served (inside the torrent's directory, symlinks resolved);
 * this class only turns its answer into HTTP.
 */
public final class DownloadRoutes {

    private static final int BUFFER = 64 * 1024;

    private final DownloadFiles downloads;
    private final Pages pages;

    public DownloadRoutes(DownloadFiles downloads, Pages pages) {
        this.downloads = downloads;
        this.pages = pages;
    }

    public void payload(Context ctx) throws IOException {
        int index = TorrentRoutes.fileIndex(ctx.pathParam("index"));
        serve(
                ctx,
                downloads.payload(
                        Visitor.of(ctx),
                        TargetName.of(ctx.pathParam("target")),
                        InfoHash.of(ctx.pathParam("hash")),
                        index),
                "application/octet-stream");
    }

    public void torrentFile(Context ctx) throws IOException {
        serve(
                ctx,
                downloads.torrentFile(
                        Visitor.of(ctx), TargetName.of(ctx.pathParam("target")), InfoHash.of(ctx.pathParam("hash"))),
                "application/x-bittorrent");
    }

    private void serve(Context ctx, FileLookup lookup, String contentType) throws IOException {
        if (lookup instanceof FileLookup.NotAvailable missing) {
            pages.error(ctx, HttpStatus.NOT_FOUND, "This file cannot be downloaded: " + missing.reason());
        } else if (lookup instanceof FileLookup.Forbidden forbidden) {
            pages.error(ctx, HttpStatus.FORBIDDEN, "This file is not served: " + forbidden.reason());
        } else {
            stream(ctx, (FileLookup.Found) lookup, contentType);
        }
    }

    private void stream(Context ctx, FileLookup.Found file, String contentType) throws IOException {
        long size = file.size();
        ByteRange.Wanted wanted = ByteRange.parse(Optional.ofNullable(ctx.header("Range")), size);
        ctx.header("Accept-Ranges", "bytes");
        if (wanted instanceof ByteRange.Unsatisfiable) {
            ctx.header("Content-Range", "bytes */" + size);
            pages.error(
                    ctx,
                    HttpStatus.RANGE_NOT_SATISFIABLE,
                    "The requested range lies outside the file (" + size + " bytes).");
            return;
        }
        ByteRange range = wanted instanceof ByteRange.Part part ? part.range() : new ByteRange(0, size - 1);
        var response = ctx.res();
        response.setStatus(wanted instanceof ByteRange.Part ? 206 : 200);
        if (wanted instanceof ByteRange.Part) {
            response.setHeader("Content-Range", range.contentRange(size));
        }
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Math.max(0, range.length()));
        // Straight to the servlet stream: Javalin's stream may compress, which breaks Content-Length and ranges.
        try (FileChannel channel = FileChannel.open(file.path())) {
            channel.position(range.start());
            copy(Channels.newInputStream(channel), response.getOutputStream(), range.length());
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        var buffer = new byte[BUFFER];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
        out.flush();
    }
}
