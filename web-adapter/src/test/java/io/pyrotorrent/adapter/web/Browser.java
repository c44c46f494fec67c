package io.pyrotorrent.adapter.web;

import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.domain.model.auth.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A visitor: keeps cookies like a browser, follows nothing by itself (tests see each 303), and
 * fills the CSRF field from its cookie the way our pages do. Paths are relative to the base.
 */
public final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    public final String root;

    Browser(String root) {
        this.root = root;
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(root + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(root + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form as a page would: the token from the cookie (a page is loaded first if needed). */
    public HttpResponse<String> post(String path, String... namesAndValues) {
        var fields = new ArrayList<>(List.of(namesAndValues));
        fields.add(CsrfTokens.FIELD);
        fields.add(token());
        return postRaw(path, fields.toArray(String[]::new));
    }

    /** Posts exactly these fields: no token added. */
    public HttpResponse<String> postRaw(String path, String... namesAndValues) {
        return postWithHeaders(path, new String[0], namesAndValues);
    }

    /** Posts exactly these fields with these extra headers (say, a Cookie the jar would not send over http). */
    public HttpResponse<String> postWithHeaders(String path, String[] headers, String... namesAndValues) {
        var body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&")
                    .append(encode(namesAndValues[i]))
                    .append('=')
                    .append(encode(namesAndValues[i + 1]));
        }
        var request = HttpRequest.newBuilder(URI.create(root + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(
                request.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code body} as is, under any Content-Type: for bodies a page would never send. */
    HttpResponse<String> postBody(String path, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(root + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form: text fields, then files as (field, file name, bytes); the token is added if absent. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "pyroTorrentTestBoundary7MA4YWxk";
        var body = new ByteArrayOutputStream();
        var all = new java.util.LinkedHashMap<>(fields);
        all.putIfAbsent(CsrfTokens.FIELD, token());
        all.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        for (FilePart file : files) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                            + file.name() + "\"\r\nContent-Type: application/x-bittorrent\r\n\r\n");
            body.writeBytes(file.bytes());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(
                HttpRequest.newBuilder(URI.create(root + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public record FilePart(String field, String name, byte[] bytes) {}

    /** Where a redirect points, fetched (the flash cookie goes with it). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return send(
                HttpRequest.newBuilder(URI.create(root).resolve(location)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token a page would put in its forms: the session's when logged in, else the cookie's. */
    public String token() {
        if (!cookie(Session.COOKIE).isEmpty()) {
            var page = get("").body();
            var meta = java.util.regex.Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">")
                    .matcher(page);
            return meta.find() ? meta.group(1) : "";
        }
        if (cookie(CsrfTokens.COOKIE).isEmpty()) {
            get("");
        }
        if (cookie(CsrfTokens.COOKIE).isEmpty()) {
            get("login");
        }
        return cookie(CsrfTokens.COOKIE);
    }

    /** Fills in and sends the login form; the answer is the 303 (or the form again, with an error). */
    public HttpResponse<String> logIn(String name, String password) {
        return post("login", "name", name, "password", password);
    }

    /** Cookies as the browser keeps them, with their flags. */
    java.util.Optional<java.net.HttpCookie> cookieWithFlags(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(c -> c.getValue())
                .findFirst()
                .orElse("");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
