package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pyrotorrent.adapter.rtorrent.fault.RtorrentFaults;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.io.IOException;
import java.util.Map;

/**
 * Reads JSON-RPC 2.0 replies straight from their bytes with Jackson's streaming parser (no tree):
 * one response object for one call, an array of them for a batch. Every response becomes the
 * entry system.multicall would have given: {@code [value]}, or a {faultCode, faultString} struct.
 * The whole document is read, so trailing bytes after the reply are an error too.
 */
final class JsonReplyReader {

    private final JsonFactory factory;

    JsonReplyReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** The value of a one-call reply; its error is thrown as the failure it means. */
    Object one(byte[] body) throws IOException {
        try (JsonParser json = factory.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonReplyException("expected a JSON-RPC response object");
            }
            Response response = response(json);
            end(json);
            return response.valueOrThrow();
        }
    }

    /** One entry per call, placed by the id each response carries. */
    Object[] batch(byte[] body, int calls) throws IOException {
        try (JsonParser json = factory.createParser(body)) {
            JsonToken first = json.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // rTorrent answers a batch it refuses whole (say, unparsable) with one error.
                Response response = response(json);
                end(json);
                response.valueOrThrow();
                throw new JsonReplyException("one response for a batch of " + calls + " calls");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new JsonReplyException("expected an array of JSON-RPC responses");
            }
            Object[] entries = new Object[calls];
            int count = 0;
            while (json.nextToken() == JsonToken.START_OBJECT) {
                Response response = response(json);
                if (response.id() < 0 || response.id() >= calls || entries[(int) response.id()] != null) {
                    throw new JsonReplyException("a response with an unknown or repeated id " + response.id());
                }
                entries[(int) response.id()] = response.entry();
                count++;
            }
            if (json.currentToken() != JsonToken.END_ARRAY) {
                throw new JsonReplyException("expected a JSON-RPC response object in the batch");
            }
            end(json);
            if (count != calls) {
                throw new JsonReplyException(count + " responses for " + calls + " calls");
            }
            return entries;
        }
    }

    private record Response(long id, boolean failed, Object result, int code, String message) {

        Object entry() {
            return failed ? Map.of("faultCode", code, "faultString", message) : new Object[] {result};
        }

        Object valueOrThrow() {
            if (failed) {
                throw new TorrentClientException(RtorrentFaults.failure(code, message));
            }
            return result;
        }
    }

    private static Response response(JsonParser json) throws IOException {
        long id = -1;
        boolean hasResult = false;
        boolean failed = false;
        Object result = null;
        int code = 0;
        String message = "";
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            switch (name) {
                case "id" -> id = token == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : -1;
                case "result" -> {
                    result = JsonValueReader.value(json);
                    hasResult = true;
                }
                case "error" -> {
                    if (!(JsonValueReader.value(json) instanceof Map<?, ?> error)
                            || !(error.get("code") instanceof Long number)) {
                        throw new JsonReplyException("an error without a numeric code");
                    }
                    failed = true;
                    code = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
                    message = error.get("message") instanceof String text ? text : "";
                }
                default -> json.skipChildren();
            }
        }
        if (json.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonReplyException("the reply ends inside a response object");
        }
        if (hasResult == failed) {
            throw new JsonReplyException("a response needs exactly one of result and error");
        }
        return new Response(id, failed, result, code, message);
    }

    private static void end(JsonParser json) throws IOException {
        if (json.nextToken() != null) {
            throw new JsonReplyException("bytes after the end of the reply");
        }
    }
}
