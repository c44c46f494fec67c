package io.pyrotorrent.adapter.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one JSON object in a request body, each read with its type and range checked and
 * every refusal naming the field: unknown fields, wrong types and out-of-range numbers are 400s.
 */
public final class JsonFields {

    private final ObjectNode object;

    private JsonFields(ObjectNode object) {
        this.object = object;
    }

    /** The node as an object of only the allowed fields. */
    public static JsonFields of(JsonNode node, Set<String> allowed) {
        if (!(node instanceof ObjectNode object)) {
            throw ApiError.badRequest("expected a JSON object, got " + Json.typeOf(node));
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiError.badRequest(
                        "unknown field '" + name + "'; this takes " + String.join(", ", sorted(allowed)));
            }
        }
        return new JsonFields(object);
    }

    public Optional<Long> wholeNumber(String field, long min, long max) {
        return present(field).map(node -> {
            if (!node.isIntegralNumber()) {
                throw ApiError.badRequest(field + ": expected a whole number, got " + Json.typeOf(node));
            }
            if (!node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
                throw ApiError.badRequest(field + ": expected " + min + " to " + max + ", not " + node.asText());
            }
            return node.asLong();
        });
    }

    public Optional<String> text(String field, int maxLength) {
        return present(field).map(node -> text(node, field, maxLength));
    }

    public String requiredText(String field, int maxLength) {
        return text(field, maxLength).orElseThrow(() -> ApiError.badRequest(field + ": required"));
    }

    public Optional<Boolean> flag(String field) {
        return present(field).map(node -> {
            if (!node.isBoolean()) {
                throw ApiError.badRequest(field + ": expected true or false, got " + Json.typeOf(node));
            }
            return node.asBoolean();
        });
    }

    /** An array of strings, at most maxItems long; empty when the field is absent. */
    public List<String> texts(String field, int maxItems, int maxLength) {
        return array(field, maxItems).stream()
                .map(item -> text(item.node(), field + "[" + item.index() + "]", maxLength))
                .toList();
    }

    public record Item(int index, JsonNode node) {}

    /** The items of an array field, at most maxItems; empty when the field is absent. */
    public List<Item> array(String field, int maxItems) {
        Optional<JsonNode> node = present(field);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            throw ApiError.badRequest(field + ": expected an array, got " + Json.typeOf(node.get()));
        }
        if (node.get().size() > maxItems) {
            throw ApiError.badRequest(field + ": at most " + maxItems + " items, not "
                    + node.get().size());
        }
        var items = new ArrayList<Item>();
        for (int i = 0; i < node.get().size(); i++) {
            items.add(new Item(i, node.get().get(i)));
        }
        return items;
    }

    public static String text(JsonNode node, String where, int maxLength) {
        if (!node.isTextual()) {
            throw ApiError.badRequest(where + ": expected a string, got " + Json.typeOf(node));
        }
        if (node.asText().length() > maxLength) {
            throw ApiError.badRequest(where + ": at most " + maxLength + " characters");
        }
        return node.asText();
    }

    /** Absent and null both mean "not given". */
    private Optional<JsonNode> present(String field) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
