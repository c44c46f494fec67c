package io.pyrotorrent.domain.model.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one page, API call or CLI command asks of one rTorrent instance, described whole
 * before anything is sent: steps run in order (so a read after a command sees its effect), and
 * the rTorrent adapter sends them all in ONE round trip.
 */
public record Request(List<Step<?>> steps, boolean acceptsKept) {

    /**
     * @param acceptsKept the reader shows what it got at once and updates it itself (a page with
     *     its event stream): a mirror resting after an idle spell may answer from the rows it kept,
     *     saying so ({@link Snapshot#keptFrom()}), rather than wait for the read that brings them up
     *     to date. Others get current values, as always.
     */
    public Request {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a request has at least one step");
        }
    }

    /** A request for current values. */
    public Request(List<Step<?>> steps) {
        this(steps, false);
    }

    /** The same steps, accepting kept rows (see {@link #acceptsKept()}). */
    public Request acceptingKept() {
        return new Request(steps, true);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A request of a single step. */
    public static Request of(Step<?> step) {
        return new Request(List.of(step));
    }

    /** Collects steps in order and hands back a typed {@link Ref} for each. */
    public static final class Builder {
        private final List<Step<?>> steps = new ArrayList<>();

        private Builder() {}

        public <R> Ref<R> add(Step<R> step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return new Ref<>(steps.size() - 1);
        }

        public boolean isEmpty() {
            return steps.isEmpty();
        }

        public Request build() {
            return new Request(steps);
        }
    }
}
