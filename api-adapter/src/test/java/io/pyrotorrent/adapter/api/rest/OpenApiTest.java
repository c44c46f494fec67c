package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theDocument_listsExactlyTheRoutesTheServerHas() {
        try (var api = TestApi.start()) {
            JsonNode document = api.get("/api/v1/openapi.json").json();
            var documented = new TreeSet<String>();
            document.get("paths")
                    .properties()
                    .forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                        if (METHODS.contains(method)) {
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                        }
                    }));

            assertThat(new TreeSet<>(api.routes)).isEqualTo(documented);
            assertThat(document.get("openapi").asText()).startsWith("3.");
            assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
        }
    }

    @Test
    void everyReference_pointsIntoTheDocument() {
        JsonNode document = OpenApiDocument.load();
        var references = new ArrayList<String>();
        collect(document, references);

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(reference).startsWith("#/");
            assertThat(document.at(reference.substring(1)).isMissingNode())
                    .as(reference)
                    .isFalse();
        }
    }

    private static void collect(JsonNode node, java.util.List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collect(child, references));
    }
}
