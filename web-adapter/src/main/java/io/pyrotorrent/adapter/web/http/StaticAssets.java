package io.pyrotorrent.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The UI's own files (/static/...) and uPlot's from its WebJar (/static/vendor/uplot/...), read
 * from the class path once and kept: about 200 KB in all. Javalin's class-path static files
 * would do the same job through Jetty, which mounts the jar as a zip file system per resource
 * base and never lets go: eight mounts of our 11,700-entry jar, 27 MB of a 112 MB heap at
 * start-up (a heap dump of an idle pyroTorrent). Each answer carries an ETag, and a browser
 * that has the file gets 304; nothing is cached for a path that is not there.
 */
public final class StaticAssets {

    /** Names as we write them: letters, digits, dot, dash, underscore; no "..", no empty segment. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "woff2", "font/woff2");

    private record Asset(byte[] bytes, String type, String etag) {}

    private final String root;
    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    /** {@code root}: the class-path folder the files are under, e.g. "/static". */
    public StaticAssets(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** Answers {@code ctx} with the file at {@code path} (relative to the root), or 404. */
    public void serve(Context ctx, String path) {
        Asset asset = find(path).orElseThrow(NotFoundResponse::new);
        ctx.header("ETag", asset.etag());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        String seen = ctx.header("If-None-Match");
        if (seen != null && seen.contains(asset.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type());
        ctx.result(asset.bytes());
    }

    private Optional<Asset> find(String path) {
        String type = typeOf(path);
        if (type == null || !PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        Asset known = loaded.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        try (InputStream in = StaticAssets.class.getResourceAsStream(root + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            Asset asset = new Asset(bytes, type, etag(bytes));
            loaded.putIfAbsent(path, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + root + path, e);
        }
    }

    private static String typeOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(digest, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
