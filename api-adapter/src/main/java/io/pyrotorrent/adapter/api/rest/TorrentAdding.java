package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.AddTorrents;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** POST .../torrents: adds .torrent files, URLs and magnets; one result per torrent, in order. */
public final class TorrentAdding {

    /** Javalin reads this request attribute before parsing parts; set per request so the pages keep theirs. */
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    private final VisibleTargets targets;
    private final AddTorrents add;

    public TorrentAdding(VisibleTargets targets, AddTorrents add) {
        this.targets = targets;
        this.add = add;
    }

    public void add(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        AddRequest request = RequestBody.mediaType(ctx).equals("multipart/form-data")
                ? fromParts(ctx)
                : AddRequest.fromJson(RequestBody.json(ctx));
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        for (AddResult result : add.add(caller, target, request.sources(), request.options())) {
            ObjectNode entry = results.addObject().put("source", result.source());
            if (result instanceof AddResult.Added added) {
                entry.put("added", true)
                        .put("hash", added.hash().map(h -> h.hex()).orElse(null));
            } else {
                entry.put("added", false).put("reason", ((AddResult.Refused) result).reason());
            }
        }
        Replies.json(ctx, body);
    }

    /** Fields: torrent (files), url, magnet (each repeatable), start, label, directory. */
    private static AddRequest fromParts(Context ctx) {
        if (ctx.req().getContentLengthLong() > RequestBody.MAX_BYTES) {
            throw RequestBody.tooLarge(ctx);
        }
        ctx.req()
                .setAttribute(
                        MULTIPART_CONFIG,
                        new MultipartConfigElement(
                                System.getProperty("java.io.tmpdir"),
                                RequestBody.MAX_BYTES,
                                RequestBody.MAX_BYTES,
                                RequestBody.MAX_BYTES));
        Collection<Part> parts;
        try {
            parts = ctx.req().getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            throw exceedsLimits(e)
                    ? RequestBody.tooLarge(ctx)
                    : ApiError.badRequest("the multipart body could not be read");
        }
        var add = new AddRequest.Builder();
        for (Part part : parts) {
            String name = part.getName();
            if (part.getSubmittedFileName() != null) {
                if (!name.equals("torrent")) {
                    throw ApiError.badRequest("unknown file field '" + QueryParams.abbreviate(name)
                            + "'; send .torrent files as 'torrent'");
                }
                add.file(part.getSubmittedFileName(), bytes(part));
                continue;
            }
            String value = text(part);
            switch (name) {
                case "url" -> add.url(value);
                case "magnet" -> add.magnet(value);
                case "start" -> add.start(flag(value));
                case "label" -> add.label(value);
                case "directory" -> add.directory(value);
                default ->
                    throw ApiError.badRequest("unknown field '" + QueryParams.abbreviate(name)
                            + "'; this takes torrent, url, magnet, start, label, directory");
            }
        }
        return add.build();
    }

    /** Jetty says a chunked upload broke the limits only in words: "max length exceeded: N". */
    private static boolean exceedsLimits(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof IllegalStateException && message.startsWith("max ") && message.contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static boolean flag(String value) {
        return switch (value.strip()) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default ->
                throw ApiError.badRequest("start: expected true or false, not '" + QueryParams.abbreviate(value) + "'");
        };
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return RequestBody.readCapped(in, RequestBody.MAX_BYTES);
        } catch (IOException e) {
            throw ApiError.badRequest("field '" + part.getName() + "' could not be read");
        }
    }

    private static String text(Part part) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes(part)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("field '" + QueryParams.abbreviate(part.getName()) + "' is not valid UTF-8");
        }
    }
}
