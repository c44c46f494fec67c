package io.pyrotorrent.adapter.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request bodies read by the API itself, not through Javalin's global size setting (which the web
 * pages share): capped at {@link #MAX_BYTES}, and form fields decoded as strict UTF-8.
 */
public final class RequestBody {

    /** Enough for a batch of base64 .torrent files; anything larger is refused. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * A refused body is read and dropped up to this much before the 413 goes out: a client still
     * sending when the server closes the connection often loses the answer to a TCP reset.
     */
    public static final long MAX_DRAINED = 2L * MAX_BYTES;

    private RequestBody() {}

    public static byte[] read(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw tooLarge(ctx);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(ctx);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** The 413, after dropping what is left of a body that is not much too large. */
    public static ApiError tooLarge(Context ctx) {
        if (ctx.req().getContentLengthLong() <= MAX_DRAINED) {
            try {
                InputStream in = ctx.req().getInputStream();
                byte[] buffer = new byte[64 * 1024];
                long dropped = 0;
                for (int read = 0; read >= 0 && dropped < MAX_DRAINED; read = in.read(buffer)) {
                    dropped += read;
                }
            } catch (IOException | IllegalStateException e) {
                // Nothing more to read, or the multipart parser holds the stream: the close may race.
            }
        }
        return tooLarge();
    }

    public static byte[] readCapped(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw tooLarge();
        }
        return bytes;
    }

    public static ApiError tooLarge() {
        return new ApiError(413, "too_large", "the body is larger than " + MAX_BYTES + " bytes");
    }

    /** "application/json" from "application/json; charset=utf-8"; "" when there is none. */
    public static String mediaType(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isJson(Context ctx) {
        return mediaType(ctx).equals("application/json");
    }

    /** The body's JSON; the route takes JSON only, so a form or text body is a 415, not a guess. */
    public static JsonNode json(Context ctx) {
        if (!isJson(ctx)) {
            throw new ApiError(
                    415, "unsupported_media_type", "send the body as JSON with Content-Type: application/json");
        }
        return Json.parse(read(ctx));
    }

    /** application/x-www-form-urlencoded, decoded strictly: bad escapes or bad UTF-8 are a 400. */
    public static Map<String, List<String>> form(byte[] body) {
        var fields = new LinkedHashMap<String, List<String>>();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "a form field name");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), "form field '" + name + "'");
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String decode(String encoded, String what) {
        var bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw ApiError.badRequest(what + " has a bad %-escape at character " + i);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest(what + " is not valid UTF-8");
        }
    }
}
