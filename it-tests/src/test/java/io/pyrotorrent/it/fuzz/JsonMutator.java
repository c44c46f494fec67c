package io.pyrotorrent.it.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Mutates a valid JSON document: first on the tree (wrong types, missing and unknown keys, deep
 * nesting, huge arrays), then sometimes on the text (truncation, duplicate keys, stray bytes,
 * invalid UTF-8). Deterministic for a given random state, so the fuzz's seed reproduces it.
 *
 * <p>Text with a URL in it ("://") is never changed byte by byte: a flipped byte could turn a
 * refused IP literal into a host name, and a name would be looked up.
 */
final class JsonMutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutator() {}

    static byte[] mutate(JsonNode valid, SplittableRandom random) {
        JsonNode root = valid.deepCopy();
        for (int i = random.nextInt(3); i >= 0; i--) {
            root = mutateTree(root, random);
        }
        byte[] text = write(root);
        return random.nextInt(10) < 3 ? mutateText(text, random) : text;
    }

    /** A quarter of the documents stay valid (the handler's happy path); the rest are mutated. */
    static Gen<Function<JsonNode, byte[]>> sometimes() {
        return random -> {
            boolean keep = random.nextInt(4) == 0;
            SplittableRandom own = random.split();
            return node -> keep ? write(node) : mutate(node, own);
        };
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode mutateTree(JsonNode root, SplittableRandom random) {
        var slots = new ArrayList<Slot>();
        collect(root, slots);
        if (slots.isEmpty() || random.nextInt(12) == 0) {
            return oddValue(random);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(6)) {
            case 0 -> slot.remove();
            case 1 -> {
                if (slot.parent() instanceof ObjectNode object) {
                    object.set("unknown" + random.nextInt(100), oddValue(random));
                } else {
                    ((ArrayNode) slot.parent()).add(oddValue(random));
                }
            }
            case 2 -> slot.replace(nested(slot.value(), 1 + random.nextInt(40), random));
            case 3 -> slot.replace(huge(slot.value(), random));
            default -> slot.replace(oddValue(random));
        }
        return root;
    }

    private static JsonNode oddValue(SplittableRandom random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.numberNode(1e308);
            case 5 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(40))));
            case 6 -> NODES.numberNode(0.5);
            case 7 -> NODES.textNode("");
            case 8 -> NODES.textNode("x".repeat(random.nextInt(200_000)));
            case 9 -> NODES.textNode(FuzzValues.HOSTILE_TEXT.get(random.nextInt(FuzzValues.HOSTILE_TEXT.size())));
            case 10 -> NODES.arrayNode();
            case 11 -> NODES.objectNode();
            case 12 -> NODES.textNode("0".repeat(40));
            default -> NODES.textNode(Integer.toString(random.nextInt()));
        };
    }

    private static JsonNode nested(JsonNode inner, int depth, SplittableRandom random) {
        JsonNode node = inner;
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean()
                    ? NODES.arrayNode().add(node)
                    : NODES.objectNode().set("n", node);
        }
        return node;
    }

    private static JsonNode huge(JsonNode element, SplittableRandom random) {
        ArrayNode array = NODES.arrayNode();
        // Small items only: a huge array of huge strings would be gigabytes, not a fuzz input.
        JsonNode item = element.isValueNode() && element.toString().length() < 100 ? element : NODES.numberNode(0);
        for (int i = 1 + random.nextInt(random.nextBoolean() ? 2_000 : 150_000); i > 0; i--) {
            array.add(item);
        }
        return array;
    }

    private static byte[] mutateText(byte[] text, SplittableRandom random) {
        String json = new String(text, StandardCharsets.UTF_8);
        boolean bytewise = !json.contains("://");
        int at = text.length == 0 ? 0 : random.nextInt(text.length);
        return switch (random.nextInt(bytewise ? 8 : 5)) {
            case 0 -> java.util.Arrays.copyOf(text, at);
            case 1 ->
                json.startsWith("{")
                        ? ("{\"dup\":1,\"dup\":2," + json.substring(1)).getBytes(StandardCharsets.UTF_8)
                        : ("{\"dup\":1,\"dup\":2}").getBytes(StandardCharsets.UTF_8);
            case 2 ->
                (json + List.of("}", "]", "x", "{}", "\u0000").get(random.nextInt(5))).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            case 5 -> splice(text, at, new byte[] {(byte) (random.nextInt(256))});
            case 6 -> splice(text, at, new byte[] {(byte) 0xC3, (byte) 0x28});
            default -> splice(text, at, new byte[] {(byte) "{}[]\",:".charAt(random.nextInt(7))});
        };
    }

    private static byte[] splice(byte[] text, int at, byte[] inserted) {
        var out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(inserted);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    /** A place in the tree: its container and its key (object) or index (array). */
    private record Slot(ContainerNode<?> parent, String key, int index, JsonNode value) {

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void replace(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(key, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(object, name, -1, object.get(name)));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, array.get(i)));
                collect(array.get(i), slots);
            }
        }
    }
}
