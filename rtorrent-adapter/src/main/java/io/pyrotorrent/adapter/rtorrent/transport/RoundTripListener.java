package io.pyrotorrent.adapter.rtorrent.transport;

/**
 * Told about every XML-RPC round trip, successful or not, e.g. to count bytes or time rTorrent.
 * A request refused before sending (too large) is not a round trip. Called on the calling thread,
 * so it must be quick; an exception it throws is logged and does not fail the call.
 */
@FunctionalInterface
public interface RoundTripListener {

    RoundTripListener NONE = roundTrip -> {};

    void onRoundTrip(RoundTrip roundTrip);
}
