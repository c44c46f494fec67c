package io.pyrotorrent.adapter.web;

import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.DownloadFiles;
import io.pyrotorrent.domain.port.in.KeepSessions;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.ShowOverview;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import java.util.Objects;

/** The use cases the web UI calls: nothing else of the domain reaches its pages. */
public record WebPorts(
        ShowOverview overview,
        ShowTorrent torrent,
        ListTorrents list,
        ControlTorrents control,
        AddTorrents add,
        DownloadFiles downloads,
        Authenticate authenticate,
        KeepSessions sessions) {

    public WebPorts {
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(torrent, "torrent");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(add, "add");
        Objects.requireNonNull(downloads, "downloads");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(sessions, "sessions");
    }
}
