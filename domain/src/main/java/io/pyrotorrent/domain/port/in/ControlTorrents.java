package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.CommandResults;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import java.util.List;

/** Runs commands (start, stop, add, limits, ...) on one target: one round trip, one outcome each. */
public interface ControlTorrents {

    /**
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target that is not configured or not the caller's
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance fails as a whole
     */
    List<Outcome<Done>> run(Principal caller, TargetName target, List<Command> commands);

    /**
     * The same, plus the names of the torrents the commands name, read in the same round trip just
     * before the commands run: what a page needs to say "Stopped: debian.iso".
     */
    CommandResults runNamed(Principal caller, TargetName target, List<Command.OnTorrent> commands);
}
