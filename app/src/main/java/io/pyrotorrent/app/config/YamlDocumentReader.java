package io.pyrotorrent.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one YAML file into a tree, walking the parser's tokens itself so it can note the line
 * every key path starts on, and refuse duplicate keys, which YAML parsers otherwise let the last
 * one win.
 */
final class YamlDocumentReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final String fileName;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlDocumentReader(Path file) {
        this.file = file;
        this.fileName = file.toString();
    }

    /** The document's root; fails on a missing, unreadable, empty or malformed file. */
    static ConfigNode read(Path file) {
        return new YamlDocumentReader(file).read();
    }

    private ConfigNode read() {
        String text = ConfigFileText.read(file);
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new ConfigException(
                        fileName + ": the file is empty; expected YAML with at least " + "a targets list");
            }
            int rootLine = lineOf(parser);
            lines.put("", rootLine);
            JsonNode root = readValue(parser, "");
            if (parser.nextToken() != null) {
                throw source().error("", lineOf(parser), "a second YAML document starts here; expected one");
            }
            return new ConfigNode(source(), "", root, rootLine);
        } catch (JsonProcessingException e) {
            throw YamlSyntaxError.of(fileName, e);
        } catch (IOException e) {
            // Parsing a string in memory does no I/O of its own; this is the parser's signature only.
            throw new ConfigException(fileName + ": cannot be parsed (" + e + "); expected valid YAML", e);
        }
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // The parser hands an alias back as its anchor's name, which would silently become the value.
            throw source().error(
                            path,
                            lineOf(parser),
                            "YAML aliases (*name) are not supported; " + "expected the value written out");
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, path);
            case START_ARRAY -> readSequence(parser, path);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default ->
                throw source().error(
                                path,
                                lineOf(parser),
                                "unsupported YAML value; expected text, "
                                        + "a number, true/false, a list or a mapping");
        };
    }

    private ObjectNode readMapping(JsonParser parser, String path) throws IOException {
        ObjectNode mapping = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            int line = lineOf(parser);
            if (mapping.has(key)) {
                throw source().error(
                                keyPath,
                                line,
                                "duplicate key, first given at line " + lines.get(keyPath)
                                        + "; expected each key once");
            }
            lines.put(keyPath, line);
            parser.nextToken();
            mapping.set(key, readValue(parser, keyPath));
        }
        return mapping;
    }

    private ArrayNode readSequence(JsonParser parser, String path) throws IOException {
        ArrayNode sequence = NODES.arrayNode();
        for (JsonToken token = parser.nextToken();
                token != null && token != JsonToken.END_ARRAY;
                token = parser.nextToken()) {
            String elementPath = path + "[" + sequence.size() + "]";
            lines.put(elementPath, lineOf(parser));
            sequence.add(readValue(parser, elementPath));
        }
        return sequence;
    }

    private ConfigSource source() {
        return new ConfigSource(fileName, lines);
    }

    private static int lineOf(JsonParser parser) {
        return Math.max(parser.currentTokenLocation().getLineNr(), ConfigSource.UNKNOWN_LINE);
    }
}
