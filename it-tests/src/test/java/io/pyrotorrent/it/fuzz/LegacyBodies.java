package io.pyrotorrent.it.fuzz;

import static io.pyrotorrent.it.fuzz.FuzzValues.encode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Bodies for the original API (POST /api): arrays of elements built from the server's own
 * attribute table (GET /api/attributes) with made-up and forbidden names mixed in, often mutated,
 * sent as the form field "request", as JSON, or in the ways the API refuses.
 */
final class LegacyBodies {

    private LegacyBodies() {}

    static Gen<FuzzRequest.Payload> of(Fixture fixture) {
        Gen<Object> argument = Gen.frequency(
                Gen.weight(3, Gen.integers(-1, 1 << 20)),
                Gen.weight(3, FuzzValues.text(List.of())),
                Gen.weight(1, Gen.oneOf(Fixture.SAFE_URLS)),
                Gen.weight(1, Gen.constant(fixture.torrentBase64())),
                Gen.weight(1, Gen.oneOf(fixture.hashes())));
        Gen<String> attribute = Gen.frequency(
                Gen.weight(8, Gen.oneOf(fixture.legacyAttributes())),
                Gen.weight(1, Gen.oneOf("execute_command", "system.shutdown", "d.erase", "load.start", "get_name ")),
                Gen.weight(1, Gen.strings(Gen.anyChar(), 0, 20)));
        Gen<List<Object>> call =
                random -> List.of(attribute.next(random), argument.list(3).next(random));
        Gen<String> type = Gen.oneOf(
                "rtorrent",
                "torrent",
                "torrentrequester",
                "filerequester",
                "peerrequester",
                "trackerrequester",
                "Torrent",
                "x");
        Gen<String> target =
                Gen.frequency(Gen.weight(6, Gen.constant(fixture.target())), Gen.weight(1, FuzzValues.text(List.of())));
        Gen<String> hash = Gen.oneOf(fixture.hashes());
        Gen<String> view = Gen.oneOf(Fixture.VIEWS);
        Gen<List<List<Object>>> calls = call.list(6);
        Gen<LinkedHashMap<String, Object>> element = random -> {
            // Ordered: Map.of's order changes from JVM to JVM, and the seed must reproduce the bytes.
            var map = new LinkedHashMap<String, Object>();
            String kind = type.next(random);
            map.put("type", kind);
            map.put("target", target.next(random));
            String chosenHash = hash.next(random);
            String chosenView = view.next(random);
            boolean requester = kind.equals("torrentrequester");
            map.put(requester ? "view" : "hash", requester ? chosenView : chosenHash);
            map.put("attributes", calls.next(random));
            return map;
        };
        Gen<byte[]> document = random -> {
            var elements = element.list(4).next(random);
            return JsonMutator.sometimes().next(random).apply(JsonMutator.tree(elements));
        };
        return random -> {
            byte[] json = document.next(random);
            int how = random.nextInt(10);
            String field = "request=" + encode(new String(json, StandardCharsets.UTF_8));
            return switch (how) {
                case 0, 1, 2 -> Requests.jsonPayload("application/json", json);
                case 3 -> Requests.form(field + "&other=1");
                case 4 -> Requests.form(field + "&request=%5B%5D");
                case 5 -> Requests.jsonPayload("text/plain", json);
                default -> Requests.form(field);
            };
        };
    }
}
