package io.pyrotorrent.adapter.api.legacy;

import io.pyrotorrent.domain.model.field.Scope;
import java.util.Arrays;
import java.util.Optional;

/** The element types of the original pyroTorrent API, and what each one addresses. */
enum LegacyType {
    RTORRENT("rtorrent", Scope.CLIENT, false, false),
    TORRENT("torrent", Scope.TORRENT, true, false),
    TORRENT_REQUESTER("torrentrequester", Scope.TORRENT, false, true),
    FILE_REQUESTER("filerequester", Scope.FILE, true, true),
    PEER_REQUESTER("peerrequester", Scope.PEER, true, true),
    TRACKER_REQUESTER("trackerrequester", Scope.TRACKER, true, true);

    private final String wireName;
    private final Scope scope;
    private final boolean needsHash;
    private final boolean answersList;

    LegacyType(String wireName, Scope scope, boolean needsHash, boolean answersList) {
        this.wireName = wireName;
        this.scope = scope;
        this.needsHash = needsHash;
        this.answersList = answersList;
    }

    /** The name in the request's "type" field. */
    String wireName() {
        return wireName;
    }

    Scope scope() {
        return scope;
    }

    boolean needsHash() {
        return needsHash;
    }

    /** Requesters answer one object per torrent, file, peer or tracker: reads only, all in one query. */
    boolean answersList() {
        return answersList;
    }

    boolean takesView() {
        return this == TORRENT_REQUESTER;
    }

    static Optional<LegacyType> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
