package io.pyrotorrent.domain.model.request;

import java.util.Objects;

/** One target's part of a batch sent to several at once: its snapshot, or why it failed as a whole. */
public sealed interface TargetAnswer {

    /** The target answered; single steps may still have failed (see {@link Outcome}). */
    record Answered(Snapshot snapshot) implements TargetAnswer {
        public Answered {
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /**
     * The whole request failed: an {@link io.pyrotorrent.domain.model.UnknownTargetException}, a
     * {@link io.pyrotorrent.domain.model.TorrentClientException}, or a bug the adapter reports as one.
     */
    record Failed(RuntimeException failure) implements TargetAnswer {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
