package io.pyrotorrent.it.fuzz;

import java.util.List;
import java.util.Optional;

/**
 * How a web form carries (or fails to carry) its CSRF token: the cookie and the field must match.
 * Mostly valid, so that the fuzz gets past the check into the handlers; now and then each way of
 * getting it wrong, which must be a 403 and never anything worse.
 */
enum CsrfMode {
    VALID,
    NONE,
    COOKIE_ONLY,
    FIELD_ONLY,
    MISMATCH,
    BAD_COOKIE;

    static Gen<CsrfMode> gen() {
        return Gen.frequency(Gen.weight(10, Gen.constant(VALID)), Gen.weight(1, Gen.oneOf(values())));
    }

    /** The form field's value, if this mode sends one. */
    Optional<String> field(String token) {
        return switch (this) {
            case VALID, FIELD_ONLY, BAD_COOKIE -> Optional.of(token);
            case MISMATCH -> Optional.of("A".repeat(43));
            case NONE, COOKIE_ONLY -> Optional.empty();
        };
    }

    /** The Cookie header, if this mode sends one. */
    List<String[]> cookie(String token) {
        return switch (this) {
            case VALID, COOKIE_ONLY, MISMATCH -> List.<String[]>of(new String[] {"Cookie", "pyro_csrf=" + token});
            case BAD_COOKIE -> List.<String[]>of(new String[] {"Cookie", "pyro_csrf=\"; ;=; pyro_csrf=%00"});
            case NONE, FIELD_ONLY -> List.of();
        };
    }
}
