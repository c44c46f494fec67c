package io.pyrotorrent.domain.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a session id: what the store keys sessions by. A plain hash is enough (no salt, no
 * slow KDF) because the ids are 256 random bits, not something a person chose and could guess.
 */
final class SessionHash {

    private SessionHash() {}

    static String of(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's documentation).
            throw new IllegalStateException(e);
        }
    }
}
