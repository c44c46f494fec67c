package io.pyrotorrent.it.fuzz;

import static io.pyrotorrent.it.fuzz.FuzzValues.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Generates whole requests for the routes of {@link Endpoints}, with the rig's valid values mixed in. */
final class Requests {

    static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "get", "PROPFIND", "FOO");
    static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "multipart/form-data",
            "text/plain",
            "application/xml",
            "application/json; charset=utf-16",
            "*/*",
            "application/x-www-form-urlencoded; charset=ISO-8859-1",
            ";;;",
            "\u00fc/\u00fc");

    private final Fixture fixture;
    private final Map<String, List<String>> valid;

    Requests(Fixture fixture) {
        this.fixture = fixture;
        String hash = fixture.hashes().get(0);
        this.valid = Map.ofEntries(
                Map.entry("sort", List.of("name", "size_bytes", "ratio", "state", "up_rate")),
                Map.entry("order", List.of("asc", "desc")),
                Map.entry("q", List.of("fuzz", "")),
                Map.entry("label", List.of("fuzz", "")),
                Map.entry("offset", List.of("0", "1", "100")),
                Map.entry("limit", List.of("1", "10", "100")),
                Map.entry("view", Fixture.VIEWS),
                Map.entry("fields", List.of("hash,name,state", "name", "ratio,label,size_bytes")),
                Map.entry("include", List.of("files,peers,trackers", "files")),
                Map.entry("action", Fixture.ACTIONS),
                Map.entry("hash", fixture.hashes()),
                Map.entry(
                        "return",
                        List.of(
                                "",
                                "view/main?sort=name",
                                "target/box/torrent/" + hash,
                                "//evil.invalid",
                                "https://evil.invalid/",
                                "../..",
                                "/etc/passwd")),
                Map.entry("confirm", List.of("yes", "no")),
                Map.entry("priority", List.of("off", "low", "normal", "high")),
                Map.entry("down", List.of("0", "100", "1024")),
                Map.entry("up", List.of("0", "100", "1024")),
                Map.entry("start", List.of("paused", "started", "true", "false")),
                Map.entry("directory", List.of("/rt/download/fuzz", "../../etc", "relative")),
                Map.entry("urls", Fixture.SAFE_URLS),
                Map.entry("url", Fixture.SAFE_URLS),
                Map.entry("magnets", List.of(Fixture.magnet("0".repeat(40)), "magnet:?xt=urn:btih:zz", "magnet:")),
                Map.entry("magnet", List.of(Fixture.magnet("1".repeat(40)), "magnet:?xt=urn:btih:", "magnet:?dn=x")));
    }

    /** Requests to any of {@code endpoints}, each with the body its route expects (or a broken one). */
    Gen<FuzzRequest> to(List<Endpoint> endpoints) {
        return Gen.oneOf(endpoints).flatMap(this::to);
    }

    Gen<FuzzRequest> to(Endpoint endpoint) {
        return to(endpoint, path(endpoint.path()));
    }

    /** Like {@link #to(Endpoint)}, but every placeholder in the path valid: the request reaches its route. */
    Gen<FuzzRequest> routed(Endpoint endpoint) {
        return to(endpoint, validPath(endpoint.path()));
    }

    private Gen<FuzzRequest> to(Endpoint endpoint, Gen<String> path) {
        Gen<String> query = query(endpoint.params());
        Gen<FuzzRequest.Payload> payload = payload(endpoint);
        Gen<List<String[]>> extra = extraHeaders();
        return random -> {
            String target = path.next(random) + query.next(random);
            return new FuzzRequest(
                    endpoint.method(), target, payload.next(random).with(extra.next(random)));
        };
    }

    /** Headers handlers read (Range, Accept, the flash cookie, Sec-Fetch-Site), valid and not. */
    private static Gen<List<String[]>> extraHeaders() {
        Gen<String[]> header = Gen.either(
                header(
                        "Range",
                        "bytes=0-10",
                        "bytes=-5",
                        "bytes=5-",
                        "bytes=100-0",
                        "bytes=0-0,2-3",
                        "bytes=a-b",
                        "bytes=99999999999999999999-",
                        "bytes=-0",
                        "items=0-1",
                        "bytes=",
                        "bytes=0-1,".repeat(500)),
                header("Accept", "text/event-stream", "application/json", "*/*", "text/html;q=0", "\u00fc"),
                header(
                        "Cookie",
                        "pyro_flash="
                                + Base64.getUrlEncoder()
                                        .encodeToString(
                                                "o<script>alert(1)</script>\ne".getBytes(StandardCharsets.UTF_8)),
                        "pyro_flash=!!!notbase64",
                        "pyro_flash=" + "A".repeat(5000),
                        "pyro_flash=\"\"",
                        "a=b; ; =; pyro_flash",
                        "pyro_csrf=" + "x".repeat(43)),
                header("Sec-Fetch-Site", "cross-site", "same-site", "same-origin", "none", ""),
                header(
                        "Authorization",
                        "Basic",
                        "Basic !!!",
                        "Basic " + Base64.getEncoder().encodeToString("alice:secret".getBytes(StandardCharsets.UTF_8)),
                        "Bearer x"));
        return header.list(2);
    }

    private static Gen<String[]> header(String name, String... values) {
        return Gen.oneOf(values).map(value -> new String[] {name, value});
    }

    /** Any route with any method, Content-Type and body: what no handler expects. */
    Gen<FuzzRequest> anyMethod(List<Endpoint> endpoints) {
        Gen<String> type = Gen.oneOf(CONTENT_TYPES);
        Gen<byte[]> body = Gen.frequency(
                Gen.weight(2, Gen.constant(new byte[0])),
                Gen.weight(2, Gen.bytes(2000)),
                Gen.weight(1, Gen.oneOf("{}", "[]", "request=%5B%5D", "null").map(FuzzRequest::utf8)));
        Gen<String> method = Gen.oneOf(METHODS);
        return Gen.oneOf(endpoints).flatMap(endpoint -> {
            Gen<String> path = path(endpoint.path());
            Gen<String> query = query(endpoint.params());
            return random -> {
                String verb = method.next(random);
                String target = path.next(random) + query.next(random);
                var payload = new FuzzRequest.Payload(
                        List.<String[]>of(new String[] {"Content-Type", type.next(random)}), body.next(random));
                return new FuzzRequest(verb, target, payload);
            };
        });
    }

    private Gen<String> path(String template) {
        return path(template, FuzzValues::segment);
    }

    private Gen<String> validPath(String template) {
        return path(template, Gen::oneOf);
    }

    private Gen<String> path(String template, Function<List<String>, Gen<String>> placeholder) {
        var segments = new ArrayList<Gen<String>>();
        for (String part : template.split("/", -1)) {
            segments.add(
                    part.startsWith("{")
                            ? placeholder.apply(fixture.placeholders().get(part.substring(1, part.length() - 1)))
                            : Gen.constant(part));
        }
        return random -> {
            var parts = new ArrayList<String>();
            for (Gen<String> segment : segments) {
                parts.add(segment.next(random));
            }
            return String.join("/", parts);
        };
    }

    private Gen<String> query(List<String> params) {
        Gen<String> pair = FuzzValues.name(params)
                .flatMap(name -> FuzzValues.encoded(text(name)).map(value -> encode(name) + "=" + value));
        return pair.list(4).map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    private Gen<String> text(String name) {
        return FuzzValues.text(valid.getOrDefault(name, List.of()));
    }

    private Gen<FuzzRequest.Payload> payload(Endpoint endpoint) {
        return switch (endpoint.body()) {
            case NONE -> Gen.constant(FuzzRequest.Payload.EMPTY);
            case WEB_FORM -> webForm(endpoint.fields());
            case WEB_UPLOAD -> UploadBodies.of(fixture, this::text, endpoint.fields(), "torrents", true);
            case API_UPLOAD -> UploadBodies.of(fixture, this::text, endpoint.fields(), "torrent", false);
            case LEGACY -> LegacyBodies.of(fixture);
            case JSON -> json(endpoint.example());
        };
    }

    private Gen<FuzzRequest.Payload> webForm(List<String> fields) {
        Gen<List<String>> pairs = FuzzValues.name(fields)
                .flatMap(name -> FuzzValues.encoded(text(name)).map(value -> encode(name) + "=" + value))
                .list(7);
        Gen<String> type = Gen.frequency(
                Gen.weight(12, Gen.constant("application/x-www-form-urlencoded")),
                Gen.weight(1, Gen.oneOf(CONTENT_TYPES)));
        Gen<CsrfMode> csrfMode = CsrfMode.gen();
        return random -> {
            var body = new ArrayList<>(pairs.next(random));
            CsrfMode csrf = csrfMode.next(random);
            String contentType = type.next(random);
            csrf.field(fixture.csrfToken()).ifPresent(token -> body.add(0, "csrf=" + token));
            var headers = new ArrayList<>(csrf.cookie(fixture.csrfToken()));
            headers.add(new String[] {"Content-Type", contentType});
            return new FuzzRequest.Payload(headers, FuzzRequest.utf8(String.join("&", body)));
        };
    }

    private Gen<FuzzRequest.Payload> json(String example) {
        Gen<String> hash = Gen.oneOf(fixture.hashes());
        Gen<String> hex = Gen.strings(
                Gen.oneOf('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'), 40, 40);
        Gen<String> filled = random -> example.replace("{hash}", hash.next(random))
                .replace("{torrent}", fixture.torrentBase64())
                .replace("{magnet}", Fixture.magnet(hex.next(random)));
        Gen<String> type = Gen.frequency(
                Gen.weight(12, Gen.constant("application/json")), Gen.weight(1, Gen.oneOf(CONTENT_TYPES)));
        Gen<Function<JsonNode, byte[]>> mutation = JsonMutator.sometimes();
        return random -> {
            String json = filled.next(random);
            var mutate = mutation.next(random);
            return jsonPayload(type.next(random), mutate.apply(JsonMutator.parse(json)));
        };
    }

    static FuzzRequest.Payload jsonPayload(String type, byte[] json) {
        return new FuzzRequest.Payload(List.<String[]>of(new String[] {"Content-Type", type}), json);
    }

    static FuzzRequest.Payload form(String body) {
        return new FuzzRequest.Payload(
                List.<String[]>of(new String[] {"Content-Type", "application/x-www-form-urlencoded"}),
                FuzzRequest.utf8(body));
    }
}
