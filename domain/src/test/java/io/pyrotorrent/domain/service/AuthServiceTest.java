package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthServiceTest {

    private final List<String> checkedHashes = new ArrayList<>();
    private final Principal alice = new Principal("alice", false, Set.of(TargetName.of("seedbox")));
    private final AuthService auth = new AuthService(List.of(new UserAccount(alice, "hash-of-secret")),
            (password, hash) -> {
                checkedHashes.add(hash);
                return hash.equals("hash-of-" + new String(password));
            }, "decoy");

    @Test
    void theRightPassword_givesTheUserAndTheirTargets() {
        var principal = auth.authenticate("alice", "secret".toCharArray());

        assertThat(principal).contains(alice);
        assertThat(principal.get().mayUse(TargetName.of("seedbox"))).isTrue();
        assertThat(principal.get().mayUse(TargetName.of("other"))).isFalse();
    }

    @Test
    void aWrongPasswordOrUnknownName_givesNothing_afterTheSameHashCheck() {
        assertThat(auth.authenticate("alice", "guess".toCharArray())).isEmpty();
        assertThat(auth.authenticate("mallory", "secret".toCharArray())).isEmpty();
        assertThat(checkedHashes).containsExactly("hash-of-secret", "decoy");
        assertThat(auth.required()).isTrue();
    }
}
