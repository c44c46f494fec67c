package io.pyrotorrent.adapter.api.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * JSON in and out. Reading is bounded before any tree is built: nesting depth, token count (so a
 * 10 MB body of empty arrays cannot become millions of nodes), number and string lengths.
 */
public final class Json {

    public static final int MAX_DEPTH = 16;
    public static final long MAX_TOKENS = 200_000;
    public static final int MAX_NUMBER_LENGTH = 32;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxTokenCount(MAX_TOKENS)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(RequestBody.MAX_BYTES)
                            .maxNameLength(256)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    /** The body as a JSON tree, or a 400 saying what is wrong with it. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("the body is empty; expected JSON");
        }
        try {
            return MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ApiError.badRequest("the JSON is too large or too deeply nested (at most " + MAX_DEPTH + " levels, "
                    + MAX_TOKENS + " tokens, numbers of " + MAX_NUMBER_LENGTH + " digits)");
        } catch (MismatchedInputException e) {
            // Databind's own checks (content after the value); its wording names Java types and settings.
            throw ApiError.badRequest("not valid JSON" + where(e) + ": "
                    + (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                            ? "more content follows the JSON value"
                            : "unexpected content"));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("not valid JSON" + where(e) + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ApiError.badRequest("the body could not be read as JSON");
        }
    }

    /** Writes as it goes, in a small buffer, and closes {@code out}. */
    public static void write(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The JSON type of a node in words, for messages ("expected a string, got an array"). */
    public static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "nothing";
        };
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
