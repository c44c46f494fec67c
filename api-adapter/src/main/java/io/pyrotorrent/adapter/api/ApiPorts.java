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
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the JSON API needs from the core: every port checks who may use which target. The legacy
 * API runs arbitrary, ordered batches of fields and commands ({@code requests}); GET
 * /api/v1/targets asks {@code listTargets}. {@code executor} asks several
 * targets at once. {@code fetcher} fetches the URLs the legacy add_torrent is given, under the
 * same rules as everywhere else: never rTorrent itself. {@code sessions} are the web UI's logins.
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
        KeepSessions sessions,
        TorrentFileFetcher fetcher,
        Executor executor) {

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
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(executor, "executor");
    }
}
