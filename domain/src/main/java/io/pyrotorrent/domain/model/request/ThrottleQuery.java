package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import java.util.Objects;

/** One throttle group's limits as rTorrent has them now (it has no command to list the groups). */
public record ThrottleQuery(ThrottleName name) implements Step<ThrottleLimits> {

    public ThrottleQuery {
        Objects.requireNonNull(name, "name");
    }
}
