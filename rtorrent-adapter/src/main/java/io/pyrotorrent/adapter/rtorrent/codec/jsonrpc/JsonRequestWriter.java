package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.pyrotorrent.adapter.rtorrent.plan.Call;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON-RPC 2.0 requests: one object for one call, an array of objects (a batch) for many,
 * each call's id its index, so a batch reply can be matched whatever order it comes in.
 */
final class JsonRequestWriter {

    private final JsonFactory factory;

    JsonRequestWriter(JsonFactory factory) {
        this.factory = factory;
    }

    byte[] one(String method, Object... params) {
        return write(json -> request(json, 0, method, params));
    }

    byte[] batch(List<Call> calls) {
        return write(json -> {
            json.writeStartArray();
            for (int i = 0; i < calls.size(); i++) {
                request(json, i, calls.get(i).method(), calls.get(i).params());
            }
            json.writeEndArray();
        });
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = factory.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON-RPC request to memory", e);
        }
        return out.toByteArray();
    }

    private static void request(JsonGenerator json, int id, String method, Object[] params) throws IOException {
        json.writeStartObject();
        json.writeStringField("jsonrpc", "2.0");
        json.writeNumberField("id", id);
        json.writeStringField("method", method);
        json.writeArrayFieldStart("params");
        for (Object param : params) {
            value(json, method, param);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, String method, Object value) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Object[] items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, method, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, method, entry.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("cannot encode " + method + ": JSON-RPC has no type for "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }
}
