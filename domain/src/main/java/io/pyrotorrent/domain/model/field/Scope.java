package io.pyrotorrent.domain.model.field;

/** What a field describes: the client as a whole, or one torrent, file, peer or tracker. */
public enum Scope {
    CLIENT,
    TORRENT,
    FILE,
    PEER,
    TRACKER
}
