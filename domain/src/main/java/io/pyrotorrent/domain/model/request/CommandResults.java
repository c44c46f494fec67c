package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;
import java.util.Map;

/**
 * What a batch of commands did, one outcome per command in order, with the names of the torrents
 * they named as read just before they ran (so an erased torrent still has one). A hash rTorrent
 * did not know has no name.
 */
public record CommandResults(Map<InfoHash, String> names, List<Outcome<Done>> outcomes) {
    public CommandResults {
        names = Map.copyOf(names);
        outcomes = List.copyOf(outcomes);
    }
}
