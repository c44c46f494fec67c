package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.overview.TargetStatus;
import java.util.List;

/** Every instance the caller may use, with its status: one round trip each, all at once. */
public interface ListTargets {

    /** A dead instance is reported in its entry, never thrown. */
    List<TargetStatus> statuses(Principal caller, List<Field<?>> clientFields);
}
