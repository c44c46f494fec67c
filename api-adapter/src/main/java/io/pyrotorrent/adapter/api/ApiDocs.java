package io.pyrotorrent.adapter.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * GET api/v1/docs: Swagger UI over the OpenAPI document, from the swagger-ui WebJar in this jar.
 * Our own page and start script replace the WebJar's index.html, whose inline script the
 * pages' Content-Security-Policy ({@code script-src 'self'}) would block. The page and its assets
 * are public (they hold nothing of this server); the document and "try it out" go through the
 * API's login like any client, with the session cookie or Basic credentials the browser holds.
 */
final class ApiDocs {

    static final String PATH = "/api/v1/docs";

    /** Swagger UI injects style attributes and data: icons; scripts stay same-origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    private static final String OWN = "docs/";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    /** An allow-list: a name from the URL never becomes a resource path. */
    private static final Map<String, Asset> ASSETS = Map.of(
            "swagger-ui-bundle.js", new Asset(WEBJAR + "swagger-ui-bundle.js", "text/javascript"),
            "swagger-ui.css", new Asset(WEBJAR + "swagger-ui.css", "text/css"),
            "favicon-32x32.png", new Asset(WEBJAR + "favicon-32x32.png", "image/png"),
            "init.js", new Asset(OWN + "init.js", "text/javascript"));

    private record Asset(String resource, String contentType) {}

    private ApiDocs() {}

    static void register(JavalinConfig config) {
        byte[] page = read(OWN + "index.html");
        config.routes.get(PATH, ctx -> send(ctx, page, "text/html; charset=utf-8"));
        // The page links its assets relative to api/v1/docs; with a slash they would miss.
        config.routes.get(PATH + "/", ctx -> ctx.redirect(ctx.contextPath() + PATH));
        config.routes.get(PATH + "/{asset}", ApiDocs::asset);
    }

    private static void asset(Context ctx) {
        Asset asset = ASSETS.get(ctx.pathParam("asset"));
        if (asset == null) {
            ctx.status(404);
            return;
        }
        ctx.header("Cache-Control", "max-age=3600");
        send(ctx, read(asset.resource()), asset.contentType());
    }

    private static void send(Context ctx, byte[] body, String contentType) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(contentType).result(body);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebJar's folder is named by its version; the version lives in its Maven properties. */
    private static String webjarVersion() {
        String properties = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = ApiDocs.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException(properties + " is missing: is the swagger-ui WebJar on the classpath?");
            }
            var props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
