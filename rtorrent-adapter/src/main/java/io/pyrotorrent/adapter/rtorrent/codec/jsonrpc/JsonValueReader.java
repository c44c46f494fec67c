package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one JSON value from a streaming parser into the values XML-RPC decodes to: String, Long
 * (every integer, as rTorrent's {@code <i8>}), Double, Boolean, null, Object[] and Map. An integer
 * beyond a long is refused rather than rounded: no rTorrent value is that big.
 */
final class JsonValueReader {

    private JsonValueReader() {}

    /** The value starting at the parser's current token. */
    static Object value(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            throw new JsonReplyException("the reply ends where a value should be");
        }
        return switch (token) {
            case VALUE_STRING -> json.getText();
            case VALUE_NUMBER_INT -> integer(json);
            case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_ARRAY -> array(json);
            case START_OBJECT -> object(json);
            default -> throw new JsonReplyException("unexpected " + token + " where a value should be");
        };
    }

    private static Long integer(JsonParser json) throws IOException {
        JsonParser.NumberType type = json.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw new JsonReplyException("an integer too large for a 64-bit value");
        }
        return json.getLongValue();
    }

    private static Object[] array(JsonParser json) throws IOException {
        var items = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(json));
        }
        return items.toArray();
    }

    private static Map<String, Object> object(JsonParser json) throws IOException {
        var members = new LinkedHashMap<String, Object>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            members.put(name, value(json));
        }
        return members;
    }
}
