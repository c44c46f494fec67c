package io.pyrotorrent.it.fuzz;

import static io.pyrotorrent.it.fuzz.FuzzValues.encode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Bodies for the original API (POST /api): arrays of elements built from the server's own
 * attribute table (GET /api/attributes) with made-up and forbidden names mixed in, often mutated,
 * sent as the form field "request", as JSON, or in the ways the API refuses.
 */
final class LegacyBodies {

    private LegacyBodies() {
    }

    static Arbitrary<FuzzRequest.Payload> of(Fixture fixture) {
        Arbitrary<Object> argument = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-1, 1 << 20).map(Object.class::cast)),
                Tuple.of(3, FuzzValues.text(List.of()).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of(Fixture.SAFE_URLS).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.just(fixture.torrentBase64()).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of(fixture.hashes()).map(Object.class::cast)));
        Arbitrary<String> attribute = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(fixture.legacyAttributes())),
                Tuple.of(1, Arbitraries.of("execute_command", "system.shutdown", "d.erase", "load.start", "get_name ")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
        Arbitrary<List<Object>> call = Combinators.combine(attribute, argument.list().ofMaxSize(3))
                .as((name, args) -> List.of(name, args));
        Arbitrary<LinkedHashMap<String, Object>> element = Combinators.combine(
                Arbitraries.of("rtorrent", "torrent", "torrentrequester", "filerequester", "peerrequester",
                        "trackerrequester", "Torrent", "x"),
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(fixture.target())),
                        Tuple.of(1, FuzzValues.text(List.of()))),
                Arbitraries.of(fixture.hashes()), Arbitraries.of(Fixture.VIEWS), call.list().ofMaxSize(6))
                .as((type, target, hash, view, calls) -> {
                    // Ordered: Map.of's order changes from JVM to JVM, and the seed must reproduce the bytes.
                    var map = new LinkedHashMap<String, Object>();
                    map.put("type", type);
                    map.put("target", target);
                    boolean requester = type.equals("torrentrequester");
                    map.put(requester ? "view" : "hash", requester ? view : hash);
                    map.put("attributes", calls);
                    return map;
                });
        Arbitrary<byte[]> document = Combinators.combine(element.list().ofMaxSize(4), JsonMutator.sometimes())
                .as((elements, mutation) -> mutation.apply(JsonMutator.tree(elements)));
        return Combinators.combine(document, Arbitraries.integers().between(0, 9)).as((json, how) -> {
            String field = "request=" + encode(new String(json, StandardCharsets.UTF_8));
            return switch (how) {
                case 0, 1, 2 -> Requests.jsonPayload("application/json", json);
                case 3 -> Requests.form(field + "&other=1");
                case 4 -> Requests.form(field + "&request=%5B%5D");
                case 5 -> Requests.jsonPayload("text/plain", json);
                default -> Requests.form(field);
            };
        });
    }
}
