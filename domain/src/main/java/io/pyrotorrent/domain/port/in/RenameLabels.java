package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.LabelRename;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;

/**
 * Gives every torrent of one target that has label {@code from} the label {@code to} instead
 * ({@link Label#NONE} removes it). The torrents are found in the list (the mirror), and every
 * change goes in ONE round trip; each is audited.
 */
public interface RenameLabels {

    /**
     * @throws IllegalArgumentException when {@code from} is empty ("no label" is not a label)
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target that is not configured or not the caller's
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance fails as a whole
     */
    LabelRename rename(Principal caller, TargetName target, Label from, Label to);
}
