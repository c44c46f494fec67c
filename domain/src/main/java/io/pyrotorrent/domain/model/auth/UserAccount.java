package io.pyrotorrent.domain.model.auth;

import java.util.Objects;

/** A configured user: name, stored password hash, and what they may use. */
public record UserAccount(Principal principal, String passwordHash) {
    public UserAccount {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
