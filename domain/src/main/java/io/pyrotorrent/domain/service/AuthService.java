package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.out.PasswordVerifier;
import java.util.List;
import java.util.Optional;

/** Users from the config; an unknown name costs a hash check too, so timing reveals nothing. */
public final class AuthService implements Authenticate {

    /** Verified against when the name is unknown, so both cases take as long. */
    private final String decoyHash;
    private final List<UserAccount> users;
    private final PasswordVerifier verifier;

    public AuthService(List<UserAccount> users, PasswordVerifier verifier, String decoyHash) {
        this.users = List.copyOf(users);
        this.verifier = verifier;
        this.decoyHash = decoyHash;
    }

    @Override
    public boolean required() {
        return !users.isEmpty();
    }

    @Override
    public Optional<Principal> authenticate(String name, char[] password) {
        Optional<UserAccount> user = users.stream().filter(u -> u.principal().name().equals(name)).findFirst();
        boolean matches = verifier.matches(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        return user.filter(u -> matches).map(UserAccount::principal);
    }
}
