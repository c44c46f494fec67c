package io.pyrotorrent.it.fuzz;

import static io.pyrotorrent.it.fuzz.FuzzValues.encode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generates whole requests for the routes of {@link Endpoints}, with the rig's valid values mixed in. */
final class Requests {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE", "get", "PROPFIND", "FOO");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "multipart/form-data", "text/plain", "application/xml",
            "application/json; charset=utf-16", "*/*", "application/x-www-form-urlencoded; charset=ISO-8859-1",
            ";;;", "\u00fc/\u00fc");

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
                Map.entry("return", List.of("", "view/main?sort=name", "target/box/torrent/" + hash, "//evil.invalid",
                        "https://evil.invalid/", "../..", "/etc/passwd")),
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
    Arbitrary<FuzzRequest> to(List<Endpoint> endpoints) {
        return Arbitraries.of(endpoints).flatMap(this::to);
    }

    Arbitrary<FuzzRequest> to(Endpoint endpoint) {
        return Combinators.combine(path(endpoint.path()), query(endpoint.params()), payload(endpoint), extraHeaders())
                .as((path, query, payload, extra) -> new FuzzRequest(endpoint.method(), path + query,
                        payload.with(extra)));
    }

    /** Headers handlers read (Range, Accept, the flash cookie, Sec-Fetch-Site), valid and not. */
    private static Arbitrary<List<String[]>> extraHeaders() {
        Arbitrary<String[]> header = Arbitraries.oneOf(
                Arbitraries.of("bytes=0-10", "bytes=-5", "bytes=5-", "bytes=100-0", "bytes=0-0,2-3", "bytes=a-b",
                        "bytes=99999999999999999999-", "bytes=-0", "items=0-1", "bytes=", "bytes=0-1,".repeat(500))
                        .map(value -> new String[] {"Range", value}),
                Arbitraries.of("text/event-stream", "application/json", "*/*", "text/html;q=0", "ü")
                        .map(value -> new String[] {"Accept", value}),
                Arbitraries.of("pyro_flash=" + java.util.Base64.getUrlEncoder().encodeToString(
                                "o<script>alert(1)</script>\ne".getBytes(StandardCharsets.UTF_8)),
                        "pyro_flash=!!!notbase64", "pyro_flash=" + "A".repeat(5000), "pyro_flash=\"\"",
                        "a=b; ; =; pyro_flash", "pyro_csrf=" + "x".repeat(43))
                        .map(value -> new String[] {"Cookie", value}),
                Arbitraries.of("cross-site", "same-site", "same-origin", "none", "")
                        .map(value -> new String[] {"Sec-Fetch-Site", value}),
                Arbitraries.of("Basic", "Basic !!!", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "alice:secret".getBytes(StandardCharsets.UTF_8)), "Bearer x")
                        .map(value -> new String[] {"Authorization", value}));
        return header.list().ofMaxSize(2);
    }

    /** Any route with any method, Content-Type and body: what no handler expects. */
    Arbitrary<FuzzRequest> anyMethod(List<Endpoint> endpoints) {
        Arbitrary<FuzzRequest.Payload> payload = Combinators.combine(Arbitraries.of(CONTENT_TYPES),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(new byte[0])),
                        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)),
                        Tuple.of(1, Arbitraries.of("{}", "[]", "request=%5B%5D", "null").map(FuzzRequest::utf8))))
                .as((type, body) -> new FuzzRequest.Payload(List.<String[]>of(new String[] {"Content-Type", type}), body));
        return Arbitraries.of(endpoints).flatMap(endpoint -> Combinators.combine(Arbitraries.of(METHODS),
                path(endpoint.path()), query(endpoint.params()), payload)
                .as((method, path, query, body) -> new FuzzRequest(method, path + query, body)));
    }

    private Arbitrary<String> path(String template) {
        var segments = new ArrayList<Arbitrary<String>>();
        for (String part : template.split("/", -1)) {
            segments.add(part.startsWith("{") ? FuzzValues.segment(fixture.placeholders().get(part.substring(1,
                    part.length() - 1))) : Arbitraries.just(part));
        }
        return Combinators.combine(segments).as(parts -> String.join("/", parts));
    }

    private Arbitrary<String> query(List<String> params) {
        Arbitrary<String> pair = FuzzValues.name(params).flatMap(name -> FuzzValues.encoded(text(name))
                .map(value -> encode(name) + "=" + value));
        return pair.list().ofMaxSize(4).map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    private Arbitrary<String> text(String name) {
        return FuzzValues.text(valid.getOrDefault(name, List.of()));
    }

    private Arbitrary<FuzzRequest.Payload> payload(Endpoint endpoint) {
        return switch (endpoint.body()) {
            case NONE -> Arbitraries.just(FuzzRequest.Payload.EMPTY);
            case WEB_FORM -> webForm(endpoint.fields());
            case WEB_UPLOAD -> UploadBodies.of(fixture, this::text, endpoint.fields(), "torrents", true);
            case API_UPLOAD -> UploadBodies.of(fixture, this::text, endpoint.fields(), "torrent", false);
            case LEGACY -> LegacyBodies.of(fixture);
            case JSON -> json(endpoint.example());
        };
    }

    private Arbitrary<FuzzRequest.Payload> webForm(List<String> fields) {
        Arbitrary<String> field = FuzzValues.name(fields).flatMap(name -> FuzzValues.encoded(text(name))
                .map(value -> encode(name) + "=" + value));
        Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("application/x-www-form-urlencoded")),
                Tuple.of(1, Arbitraries.of(CONTENT_TYPES)));
        return Combinators.combine(field.list().ofMaxSize(7), CsrfMode.arbitrary(), type).as((pairs, csrf, contentType) -> {
            var body = new ArrayList<>(pairs);
            csrf.field(fixture.csrfToken()).ifPresent(token -> body.add(0, "csrf=" + token));
            var headers = new ArrayList<>(csrf.cookie(fixture.csrfToken()));
            headers.add(new String[] {"Content-Type", contentType});
            return new FuzzRequest.Payload(headers, FuzzRequest.utf8(String.join("&", body)));
        });
    }

    private Arbitrary<FuzzRequest.Payload> json(String example) {
        Arbitrary<String> filled = Combinators.combine(Arbitraries.of(fixture.hashes()),
                Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(40))
                .as((hash, hex) -> example.replace("{hash}", hash).replace("{torrent}", fixture.torrentBase64())
                        .replace("{magnet}", Fixture.magnet(hex)));
        Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.of(CONTENT_TYPES)));
        return Combinators.combine(filled, JsonMutator.sometimes(), type)
                .as((json, mutation, contentType) -> jsonPayload(contentType, mutation.apply(JsonMutator.parse(json))));
    }

    static FuzzRequest.Payload jsonPayload(String type, byte[] json) {
        return new FuzzRequest.Payload(List.<String[]>of(new String[] {"Content-Type", type}), json);
    }

    static FuzzRequest.Payload form(String body) {
        return new FuzzRequest.Payload(List.<String[]>of(new String[] {"Content-Type",
                "application/x-www-form-urlencoded"}), FuzzRequest.utf8(body));
    }
}
