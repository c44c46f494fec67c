package io.pyrotorrent.adapter.api.auth;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.domain.model.auth.LoginAttempt;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.Authenticate;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP Basic (RFC 7617): "Authorization: Basic base64(name:password)", UTF-8, checked by Authenticate
 * under its login throttle: while the name or the address waits, the answer is 429 with Retry-After.
 */
final class BasicCredentials implements Callers.CredentialCheck {

    private static final String SCHEME = "basic ";
    private static final int MAX_HEADER = 4096;

    private final Authenticate authenticate;

    BasicCredentials(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Optional<Principal> identify(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null
                || header.length() > MAX_HEADER
                || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded =
                    Base64.getDecoder().decode(header.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        char[] text = null;
        char[] password = null;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(decoded));
            text = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            int colon = indexOf(text, ':');
            if (colon < 0) {
                return Optional.empty();
            }
            // The password stays a char[] (wiped below); only the name becomes a String.
            password = Arrays.copyOfRange(text, colon + 1, text.length);
            LoginAttempt attempt = authenticate.logIn(new String(text, 0, colon), password, ctx.ip());
            if (attempt instanceof LoginAttempt.Throttled wait) {
                throw new ApiError(
                        429,
                        "too_many_logins",
                        "too many failed logins for this user or from this " + "address; try again in " + wait.seconds()
                                + " s",
                        Map.of("Retry-After", Long.toString(wait.seconds())));
            }
            return attempt instanceof LoginAttempt.Accepted accepted
                    ? Optional.of(accepted.principal())
                    : Optional.empty();
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        } finally {
            Arrays.fill(decoded, (byte) 0);
            if (text != null) {
                Arrays.fill(text, '\0');
            }
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static int indexOf(char[] text, char wanted) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
