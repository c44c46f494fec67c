package io.pyrotorrent.domain.model.request;

/** A typed handle on one step of a {@link Request}, to read its outcome from the snapshot. */
public record Ref<R>(int index) {
    public Ref {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
    }
}
