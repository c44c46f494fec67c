package io.pyrotorrent.domain.automation;

import io.pyrotorrent.domain.model.auth.Principal;
import java.util.Set;

/** Who acts when automation acts: every target, and its own name in the audit log. */
public final class Automation {

    /** Runs with nobody logged in, so it is nobody's user: "automation" in the audit log. */
    public static final Principal PRINCIPAL = new Principal("automation", true, Set.of());

    private Automation() {}
}
