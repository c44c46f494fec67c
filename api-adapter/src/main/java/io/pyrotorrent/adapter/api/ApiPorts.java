package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.CheckHealth;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.in.ListTargets;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.SendRequests;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.util.Objects;

/**
 * What the JSON API needs from the core: use cases only, and every one checks who may use which
 * target. The legacy API runs arbitrary, ordered batches of fields and commands ({@code requests},
 * which asks several targets at once) and has URLs fetched by {@code addTorrents}, under the same
 * rules as everywhere else: never rTorrent itself. GET /api/v1/targets asks {@code listTargets}.
 * {@code sessions} are the web UI's logins.
 */
public record ApiPorts(
        SendRequests requests,
        ListTargets listTargets,
        ListTorrents listTorrents,
        ShowTorrent showTorrent,
        ControlTorrents controlTorrents,
        AddTorrents addTorrents,
        CheckHealth checkHealth,
        WatchTorrents watchTorrents,
        Authenticate authenticate,
        KeepSessions sessions) {

    public ApiPorts {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(listTargets, "listTargets");
        Objects.requireNonNull(listTorrents, "listTorrents");
        Objects.requireNonNull(showTorrent, "showTorrent");
        Objects.requireNonNull(controlTorrents, "controlTorrents");
        Objects.requireNonNull(addTorrents, "addTorrents");
        Objects.requireNonNull(checkHealth, "checkHealth");
        Objects.requireNonNull(watchTorrents, "watchTorrents");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(sessions, "sessions");
    }
}
