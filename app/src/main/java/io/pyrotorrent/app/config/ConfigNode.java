package io.pyrotorrent.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One value of the configuration tree, with its key path (like {@code targets[1].url}) and line,
 * so every check can say exactly where the problem is. A missing or empty ({@code ~}) value counts
 * as absent, so a section whose entries are all commented out means its defaults.
 */
final class ConfigNode {

    private final ConfigSource source;
    private final String path;
    private final JsonNode value;
    private final int line;

    ConfigNode(ConfigSource source, String path, JsonNode value, int line) {
        this.source = source;
        this.path = path;
        this.value = value;
        this.line = line;
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    boolean isPresent() {
        return !value.isMissingNode() && !value.isNull();
    }

    ConfigNode get(String key) {
        String childPath = path.isEmpty() ? key : path + "." + key;
        return new ConfigNode(source, childPath, value.path(key), source.lineOf(childPath, line));
    }

    Optional<ConfigNode> optional(String key) {
        ConfigNode child = get(key);
        return child.isPresent() ? Optional.of(child) : Optional.empty();
    }

    ConfigNode required(String key, String expected) {
        return optional(key).orElseThrow(() -> get(key).error("missing; expected " + expected));
    }

    /** Requires a mapping holding no keys but {@code allowed}, so a misspelt key is not silently ignored. */
    ConfigNode requireMapping(String... allowed) {
        List<String> keys = Arrays.asList(allowed);
        if (!value.isObject()) {
            throw error("expected a mapping with the keys " + String.join(", ", keys) + ", got " + describe());
        }
        value.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw get(key).error("unknown key; allowed keys are " + String.join(", ", keys));
            }
        });
        return this;
    }

    List<ConfigNode> elements(String expected) {
        if (!value.isArray()) {
            throw error("expected " + expected + ", got " + describe());
        }
        List<ConfigNode> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String childPath = path + "[" + i + "]";
            elements.add(new ConfigNode(source, childPath, value.get(i), source.lineOf(childPath, line)));
        }
        return elements;
    }

    /** Only quoted or plain text counts: a number or boolean here is almost always a mistake. */
    String text(String expected) {
        if (!value.isTextual()) {
            throw error("expected " + expected + ", got " + describe());
        }
        return value.textValue();
    }

    int integer(String expected) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error("expected " + expected + ", got " + describe());
        }
        return value.intValue();
    }

    boolean bool(String expected) {
        if (!value.isBoolean()) {
            throw error("expected " + expected + ", got " + describe());
        }
        return value.booleanValue();
    }

    /** Reads text and turns it into a value, reporting the value's own complaint at this node. */
    <T> T convert(String expected, Function<String, T> conversion) {
        String text = text(expected);
        try {
            return conversion.apply(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    ConfigException error(String problem) {
        return source.error(path, line, problem);
    }

    private String describe() {
        if (value.isTextual()) {
            return Quoted.of(value.textValue());
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return "the boolean " + value.asText();
        }
        if (value.isObject()) {
            return "a mapping";
        }
        return value.isArray() ? "a list" : "nothing";
    }
}
