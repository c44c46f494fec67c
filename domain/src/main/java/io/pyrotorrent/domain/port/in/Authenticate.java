package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import java.util.Optional;

/** Checks a name and password against the configured users. */
public interface Authenticate {

    /** False when no users are configured: then everyone is {@link Principal#LOCAL}. */
    boolean required();

    /** The user, if the password matches; the same empty answer for an unknown name. */
    Optional<Principal> authenticate(String name, char[] password);
}
