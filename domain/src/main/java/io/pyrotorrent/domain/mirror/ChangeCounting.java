package io.pyrotorrent.domain.mirror;

/**
 * Whether the mirror may set up its change count in the rTorrent it watches (a value and a handler
 * on rTorrent's insert and erase events, in rTorrent's memory only: {@link
 * io.pyrotorrent.domain.model.request.ChangeCountQuery}). With it, a poll that reads the count
 * unmoved needs no look for torrents added or removed by other clients; without it, the mirror
 * looks every {@link Cadence#MEMBERSHIP} (about 0.3 s of rTorrent's CPU a minute while watched, at
 * 20,000 torrents), as it does where rTorrent refuses the count.
 */
public enum ChangeCounting {
    /** Set it up (again after each restart of rTorrent); look for loads only where it is refused. */
    ON,
    /** Never touch rTorrent's commands or events: look for loads on the membership cadence. */
    OFF
}
