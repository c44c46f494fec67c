package io.pyrotorrent.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Why a talk with one rTorrent instance failed, in terms a person can act on. Adapters map each
 * case once (a page section, a JSON error, an exit code); nobody parses {@link #message()}.
 */
public sealed interface ClientFailure {

    /** One line for a person: what went wrong and, where it helps, what to check. */
    String message();

    /** Nobody answered: connection refused, no such socket, host unknown. */
    record Unreachable(String detail) implements ClientFailure {
        public Unreachable {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String message() {
            return "rTorrent is unreachable: " + detail;
        }
    }

    /** rTorrent did not answer in time; it may be stalled, or busy with thousands of torrents. */
    record TimedOut(Duration after) implements ClientFailure {
        public TimedOut {
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String message() {
            return "rTorrent timed out: no complete answer within " + after.toMillis() + " ms";
        }
    }

    /** rTorrent answered with an XML-RPC fault, e.g. -501 "Could not find info-hash.". */
    record Rejected(int faultCode, String faultString) implements ClientFailure {
        public Rejected {
            Objects.requireNonNull(faultString, "faultString");
        }

        @Override
        public String message() {
            return "rTorrent refused (fault " + faultCode + "): " + faultString;
        }
    }

    /**
     * rTorrent does not know what a step names: an info-hash, or a file or tracker index of a
     * torrent. The adapter recognises rTorrent's fault for it, so nobody above the port matches
     * fault codes; the code and text stay only to tell a person exactly what rTorrent said.
     */
    record NotFound(int faultCode, String faultString) implements ClientFailure {
        public NotFound {
            Objects.requireNonNull(faultString, "faultString");
        }

        @Override
        public String message() {
            return "rTorrent refused (fault " + faultCode + "): " + faultString;
        }
    }

    /** The answer was not the XML-RPC we expect: truncated, malformed, hostile or oversized. */
    record ProtocolError(String detail) implements ClientFailure {
        public ProtocolError {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String message() {
            return "unexpected answer from rTorrent: " + detail;
        }
    }

    /** The request itself is larger than rTorrent accepts (it drops bodies over 2 MiB silently). */
    record TooLarge(String what, long bytes, long limit) implements ClientFailure {
        public TooLarge {
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String message() {
            return what + " is " + bytes + " bytes; rTorrent accepts at most " + limit + " bytes in one request";
        }
    }
}
