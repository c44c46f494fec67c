package io.pyrotorrent.it.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Multipart bodies for the two add routes: .torrent files (valid, cut short, random bytes, bencode
 * that is no torrent) under hostile file names, text fields, and one of {@link Multipart}'s ways
 * of breaking the format a quarter of the time. The web form also carries a CSRF token.
 */
final class UploadBodies {

    private UploadBodies() {
    }

    static Arbitrary<FuzzRequest.Payload> of(Fixture fixture, Function<String, Arbitrary<String>> text,
            List<String> fields, String fileField, boolean withCsrf) {
        byte[] torrent = Base64.getDecoder().decode(fixture.torrentBase64());
        Arbitrary<byte[]> content = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(torrent)),
                Tuple.of(1, Arbitraries.integers().between(0, torrent.length - 1).map(n -> Arrays.copyOf(torrent, n))),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)),
                Tuple.of(1, Arbitraries.of("", "d3:foo3:bare", "le", "d4:infod4:name1:xee").map(FuzzRequest::utf8)));
        Arbitrary<String> filename = Arbitraries.of("x.torrent", "", "../../etc/passwd", "a\"b.torrent",
                "\u00fc\uD83D\uDCA9.torrent", "a".repeat(300), "x\r\nX-Injected: 1");
        Arbitrary<Multipart.Part> file = Combinators.combine(Arbitraries.frequencyOf(Tuple.of(5,
                Arbitraries.just(fileField)), Tuple.of(1, FuzzValues.name(fields))), filename, content)
                .as(Multipart.Part::new);
        Arbitrary<Multipart.Part> plain = FuzzValues.name(fields).flatMap(name -> text.apply(name)
                .map(value -> new Multipart.Part(name, null, FuzzRequest.utf8(value))));
        Arbitrary<Integer> malformation = Arbitraries.frequencyOf(
                Tuple.of(3 * Multipart.MALFORMATIONS, Arbitraries.just(0)),
                Tuple.of(Multipart.MALFORMATIONS, Arbitraries.integers().between(1, Multipart.MALFORMATIONS)));
        Arbitrary<List<Multipart.Part>> parts = Arbitraries.frequencyOf(Tuple.of(1, file), Tuple.of(2, plain))
                .list().ofMaxSize(5);
        Arbitrary<CsrfMode> csrf = withCsrf ? CsrfMode.arbitrary() : Arbitraries.just(CsrfMode.NONE);
        return Combinators.combine(parts, malformation, csrf).as((list, broken, mode) -> {
            var all = new ArrayList<>(list);
            mode.field(fixture.csrfToken()).ifPresent(token -> all.add(0, new Multipart.Part("csrf", null,
                    FuzzRequest.utf8(token))));
            return Multipart.encode(all, broken, mode.cookie(fixture.csrfToken()));
        });
    }
}
