package io.pyrotorrent.adapter.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One connection to the SQLite file, used by one caller at a time. SQLite serializes writers
 * anyway, and what pyroTorrent stores (a session per login, an entry per change) is far below
 * what one connection does; a pool would only add ways to fail.
 */
final class Database implements AutoCloseable {

    /** Work done on the connection; SQL failures end up in a {@link StoreException}. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final String file;

    Database(Connection connection, String file) {
        this.connection = connection;
        this.file = file;
    }

    synchronized <T> T call(String what, Work<T> work) {
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    String file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close " + file + ": " + e.getMessage(), e);
        }
    }
}
