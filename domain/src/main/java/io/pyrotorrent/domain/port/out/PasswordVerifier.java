package io.pyrotorrent.domain.port.out;

/** Compares a password with a stored slow hash, in constant time (the hashing lives outside). */
public interface PasswordVerifier {
    boolean matches(char[] password, String storedHash);
}
