package io.pyrotorrent.domain.model.request;

/**
 * How many torrents rTorrent has added or removed since pyroTorrent set up its count: a value kept
 * inside rTorrent and moved by rTorrent's own insert and erase events, whoever caused them
 * (ruTorrent, rtcontrol, an autotool, a watch directory, pyroTorrent). Reading it costs rTorrent
 * one call whatever the list's size, where looking for torrents loaded since a moment costs it
 * about 2 microseconds a torrent (34-40 ms at 20,000): the mirror looks only when the count moved.
 *
 * <p>The count lives in rTorrent's memory, not its configuration or session: a restart of rTorrent
 * forgets it, and {@code install} sets it up again (once, then it keeps counting: setting it up a
 * second time leaves the count where it was). An rTorrent that refuses to set it up (a proxy that
 * allows only some commands) answers a failure, and the mirror looks for loads on its cadence
 * instead.
 *
 * @param install set the count and its event handlers up before reading it, in the same round trip
 */
public record ChangeCountQuery(boolean install) implements Step<Long> {

    /** Reads the count; fails where it was never set up (or rTorrent restarted since). */
    public static final ChangeCountQuery READ = new ChangeCountQuery(false);

    /** Sets the count up where it is not, then reads it. */
    public static final ChangeCountQuery INSTALL = new ChangeCountQuery(true);
}
