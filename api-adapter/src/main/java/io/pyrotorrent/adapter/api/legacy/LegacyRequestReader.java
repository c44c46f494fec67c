package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.QueryParams;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the shape of a legacy request. A shape error (not an array, an element without type or
 * target, a wrong JSON type, too many of anything) refuses the whole request with a 400 naming the
 * spot; what the values mean (types, names, hashes, targets) is checked per element later.
 */
final class LegacyRequestReader {

    static final int MAX_ELEMENTS = 100;
    static final int MAX_CALLS_PER_ELEMENT = 200;
    static final int MAX_CALLS = 2000;
    static final int MAX_ARGS = 8;
    private static final Set<String> KEYS = Set.of("type", "target", "attributes", "hash", "view");

    private LegacyRequestReader() {}

    static List<LegacyElement> read(JsonNode root) {
        if (!root.isArray()) {
            throw ApiError.badRequest("request: expected a JSON array of elements, got " + Json.typeOf(root));
        }
        if (root.size() > MAX_ELEMENTS) {
            throw ApiError.badRequest("request: at most " + MAX_ELEMENTS + " elements, not " + root.size());
        }
        var elements = new ArrayList<LegacyElement>();
        int calls = 0;
        for (int i = 0; i < root.size(); i++) {
            LegacyElement element = element(root.get(i), "request[" + i + "]", i);
            calls += element.calls().size();
            if (calls > MAX_CALLS) {
                throw ApiError.badRequest("request: at most " + MAX_CALLS + " attributes in all");
            }
            elements.add(element);
        }
        return elements;
    }

    private static LegacyElement element(JsonNode node, String where, int index) {
        if (!node.isObject()) {
            throw ApiError.badRequest(
                    where + ": expected an object with type, target and attributes, got " + Json.typeOf(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw ApiError.badRequest(where + ": unknown key '" + QueryParams.abbreviate(name)
                        + "'; an element has type, target, attributes, and hash or view");
            }
        }
        JsonNode attributes = node.get("attributes");
        if (attributes == null || !attributes.isArray()) {
            throw ApiError.badRequest(where + ".attributes: expected an array of [name, [arguments]], got "
                    + (attributes == null ? "nothing" : Json.typeOf(attributes)));
        }
        if (attributes.size() > MAX_CALLS_PER_ELEMENT) {
            throw ApiError.badRequest(
                    where + ".attributes: at most " + MAX_CALLS_PER_ELEMENT + ", not " + attributes.size());
        }
        var calls = new ArrayList<LegacyElement.Call>();
        for (int i = 0; i < attributes.size(); i++) {
            calls.add(call(attributes.get(i), where + ".attributes[" + i + "]"));
        }
        return new LegacyElement(
                index,
                required(node, "type", where),
                required(node, "target", where),
                optional(node, "hash", where),
                optional(node, "view", where),
                calls);
    }

    private static LegacyElement.Call call(JsonNode node, String where) {
        if (!node.isArray()
                || node.size() != 2
                || !node.get(0).isTextual()
                || !node.get(1).isArray()) {
            throw ApiError.badRequest(where + ": expected [name, [arguments]], e.g. [\"get_name\", []]");
        }
        JsonNode args = node.get(1);
        if (args.size() > MAX_ARGS) {
            throw ApiError.badRequest(where + ": at most " + MAX_ARGS + " arguments");
        }
        var values = new ArrayList<JsonNode>();
        for (JsonNode arg : args) {
            if (!arg.isValueNode() || arg.isNull()) {
                throw ApiError.badRequest(where + ": arguments are strings or numbers, not " + Json.typeOf(arg));
            }
            values.add(arg);
        }
        return new LegacyElement.Call(JsonFields.text(node.get(0), where + "[0]", 256), values);
    }

    private static String required(JsonNode node, String key, String where) {
        return optional(node, key, where).orElseThrow(() -> ApiError.badRequest(where + "." + key + ": required"));
    }

    private static Optional<String> optional(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        return value == null ? Optional.empty() : Optional.of(JsonFields.text(value, where + "." + key, 256));
    }
}
