package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.util.Objects;

/** What one step of a request came to: its value, or why rTorrent refused that step alone. */
public sealed interface Outcome<R> {

    /** The value, or the step's failure as a {@link TorrentClientException}. */
    R orThrow();

    record Success<R>(R value) implements Outcome<R> {
        public Success {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public R orThrow() {
            return value;
        }
    }

    record Failure<R>(ClientFailure failure) implements Outcome<R> {
        public Failure {
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public R orThrow() {
            throw new TorrentClientException(failure);
        }
    }
}
