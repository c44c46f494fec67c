package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.LabelRename;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.RenameLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Built on two use cases, not on the client: the list is read where every list is read (the
 * mirror, so finding the torrents costs rTorrent nothing), and the d.custom1.set calls go through
 * {@link ControlTorrents}, which checks the caller, sends them in one system.multicall and, when
 * it is the audited one, logs each torrent's change.
 */
public final class LabelRenameService implements RenameLabels {

    private final ListTorrents list;
    private final ControlTorrents control;

    public LabelRenameService(ListTorrents list, ControlTorrents control) {
        this.list = Objects.requireNonNull(list, "list");
        this.control = Objects.requireNonNull(control, "control");
    }

    @Override
    public LabelRename rename(Principal caller, TargetName target, Label from, Label to) {
        if (from.isEmpty()) {
            throw new IllegalArgumentException("name the label to rename; torrents without a label have none");
        }
        List<InfoHash> carrying =
                list.list(caller, target, ViewName.MAIN, List.of(TorrentFields.HASH, TorrentFields.LABEL)).stream()
                        .filter(row -> from.equals(row.get(TorrentFields.LABEL)))
                        .map(row -> row.get(TorrentFields.HASH))
                        .toList();
        if (carrying.isEmpty() || from.equals(to)) {
            return new LabelRename(from, to, List.of(), Map.of());
        }
        List<Command> commands = carrying.stream()
                .<Command>map(hash -> new Command.SetLabel(hash, to))
                .toList();
        List<Outcome<Done>> outcomes = control.run(caller, target, commands);
        var renamed = new ArrayList<InfoHash>();
        var failed = new LinkedHashMap<InfoHash, String>();
        for (int i = 0; i < carrying.size(); i++) {
            if (outcomes.get(i) instanceof Outcome.Failure<Done> failure) {
                failed.put(carrying.get(i), failure.failure().message());
            } else {
                renamed.add(carrying.get(i));
            }
        }
        return new LabelRename(from, to, renamed, failed);
    }
}
