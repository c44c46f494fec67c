package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.CommandResults;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.MatchingRun;
import io.pyrotorrent.domain.model.request.Outcome;
import java.util.List;
import java.util.function.Function;

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

    /**
     * One command on every torrent the listing's filters (view, name, label, status) match, in
     * its sort order (so answers name them as the user saw them); its page is ignored. The request names the filter, not 20,000 hashes: the view is read
     * once (hash and name), the filter resolved here, and every command sent in one round trip,
     * with the names as read. {@code confirmed} is the count the user was shown; when the filter
     * now matches another number, nothing runs.
     */
    MatchingRun runOnMatching(
            Principal caller,
            TargetName target,
            Listing filter,
            int confirmed,
            Function<InfoHash, Command.OnTorrent> command);
}
