package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;

/**
 * Which run of rTorrent answered. A new pid is a restart; so are global totals that went down,
 * because in a container rTorrent often gets the same pid again after a restart.
 */
record ClientIdentity(long pid, long upTotal, long downTotal) {

    static ClientIdentity of(Row client) {
        return new ClientIdentity(
                client.get(ClientFields.PID), client.get(ClientFields.UP_TOTAL), client.get(ClientFields.DOWN_TOTAL));
    }

    boolean isRestartOf(ClientIdentity before) {
        return pid != before.pid || upTotal < before.upTotal || downTotal < before.downTotal;
    }
}
