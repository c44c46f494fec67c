package io.pyrotorrent.domain.model.field;

import static io.pyrotorrent.domain.model.field.Scope.PEER;

import java.util.List;

/** Values about one connected peer of a torrent (rTorrent's p.* commands). */
public final class PeerFields {

    public static final Field<String> ADDRESS = Field.text(PEER, "address");
    public static final Field<Long> PORT = Field.number(PEER, "port");
    public static final Field<String> CLIENT_VERSION = Field.text(PEER, "client_version");
    public static final Field<Boolean> ENCRYPTED = Field.flag(PEER, "encrypted");
    public static final Field<Boolean> INCOMING = Field.flag(PEER, "incoming");
    public static final Field<Boolean> OBFUSCATED = Field.flag(PEER, "obfuscated");
    public static final Field<Boolean> SNUBBED = Field.flag(PEER, "snubbed");
    public static final Field<Long> COMPLETED_PERCENT = Field.number(PEER, "completed_percent");
    public static final Field<Long> DOWN_RATE = Field.number(PEER, "down_rate");
    public static final Field<Long> UP_RATE = Field.number(PEER, "up_rate");
    public static final Field<Long> DOWN_TOTAL = Field.number(PEER, "down_total");
    public static final Field<Long> UP_TOTAL = Field.number(PEER, "up_total");
    public static final Field<String> ID = Field.text(PEER, "id");

    public static final List<Field<?>> ALL = List.of(
            ADDRESS,
            PORT,
            CLIENT_VERSION,
            ENCRYPTED,
            INCOMING,
            OBFUSCATED,
            SNUBBED,
            COMPLETED_PERCENT,
            DOWN_RATE,
            UP_RATE,
            DOWN_TOTAL,
            UP_TOTAL,
            ID);

    private PeerFields() {}
}
