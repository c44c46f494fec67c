package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.health.TargetHealth;
import java.util.List;

/** For operators and probes: is each instance reachable, and what did it last fail with? */
public interface CheckHealth {

    /** Asks every instance the caller may see at once; a dead one is reported, never thrown. */
    List<TargetHealth> health(Principal caller);
}
