package io.pyrotorrent.adapter.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a call that must fail with a {@link TorrentClientException} and hands back why. */
public final class Failures {

    private Failures() {}

    public static ClientFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(TorrentClientException.class);
        return ((TorrentClientException) thrown).failure();
    }

    /** Like {@link #failureOf}, also measuring how long the call took to fail. */
    public static Timed timedFailureOf(ThrowingCallable call) {
        long start = System.nanoTime();
        ClientFailure failure = failureOf(call);
        return new Timed(failure, Duration.ofNanos(System.nanoTime() - start));
    }

    public record Timed(ClientFailure failure, Duration elapsed) {}
}
