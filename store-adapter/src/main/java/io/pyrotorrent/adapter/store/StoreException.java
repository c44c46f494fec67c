package io.pyrotorrent.adapter.store;

/** The store could not be opened, read or written: the message says which file and why. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
