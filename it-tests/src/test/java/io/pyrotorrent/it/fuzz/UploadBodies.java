package io.pyrotorrent.it.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Multipart bodies for the two add routes: .torrent files (valid, cut short, random bytes, bencode
 * that is no torrent) under hostile file names, text fields, and one of {@link Multipart}'s ways
 * of breaking the format a quarter of the time. The web form also carries a CSRF token.
 */
final class UploadBodies {

    private UploadBodies() {}

    static Gen<FuzzRequest.Payload> of(
            Fixture fixture,
            Function<String, Gen<String>> text,
            List<String> fields,
            String fileField,
            boolean withCsrf) {
        byte[] torrent = Base64.getDecoder().decode(fixture.torrentBase64());
        Gen<byte[]> content = Gen.frequency(
                Gen.weight(3, Gen.constant(torrent)),
                Gen.weight(1, Gen.integers(0, torrent.length - 1).map(n -> Arrays.copyOf(torrent, n))),
                Gen.weight(2, Gen.bytes(3000)),
                Gen.weight(
                        1,
                        Gen.oneOf("", "d3:foo3:bare", "le", "d4:infod4:name1:xee")
                                .map(FuzzRequest::utf8)));
        Gen<String> filename = Gen.oneOf(
                "x.torrent",
                "",
                "../../etc/passwd",
                "a\"b.torrent",
                "\u00fc\uD83D\uDCA9.torrent",
                "a".repeat(300),
                "x\r\nX-Injected: 1");
        Gen<String> fileName =
                Gen.frequency(Gen.weight(5, Gen.constant(fileField)), Gen.weight(1, FuzzValues.name(fields)));
        Gen<Multipart.Part> file =
                random -> new Multipart.Part(fileName.next(random), filename.next(random), content.next(random));
        Gen<Multipart.Part> plain = FuzzValues.name(fields)
                .flatMap(
                        name -> text.apply(name).map(value -> new Multipart.Part(name, null, FuzzRequest.utf8(value))));
        Gen<Integer> malformation = Gen.frequency(
                Gen.weight(3 * Multipart.MALFORMATIONS, Gen.constant(0)),
                Gen.weight(Multipart.MALFORMATIONS, Gen.integers(1, Multipart.MALFORMATIONS)));
        Gen<List<Multipart.Part>> parts = Gen.<Multipart.Part>frequency(Gen.weight(1, file), Gen.weight(2, plain))
                .list(5);
        Gen<CsrfMode> csrf = withCsrf ? CsrfMode.gen() : Gen.constant(CsrfMode.NONE);
        return random -> {
            var all = new ArrayList<>(parts.next(random));
            int broken = malformation.next(random);
            CsrfMode mode = csrf.next(random);
            mode.field(fixture.csrfToken())
                    .ifPresent(token -> all.add(0, new Multipart.Part("csrf", null, FuzzRequest.utf8(token))));
            return Multipart.encode(all, broken, mode.cookie(fixture.csrfToken()));
        };
    }
}
