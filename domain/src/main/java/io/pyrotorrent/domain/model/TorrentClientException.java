package io.pyrotorrent.domain.model;

import java.util.Objects;

/** The one unchecked exception for "the client failed"; {@link #failure()} says why. */
public final class TorrentClientException extends RuntimeException {

    private final transient ClientFailure failure;

    public TorrentClientException(ClientFailure failure) {
        this(failure, null);
    }

    public TorrentClientException(ClientFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").message(), cause);
        this.failure = failure;
    }

    public ClientFailure failure() {
        return failure;
    }
}
