package io.pyrotorrent.domain.model.request;

/** What a command's outcome holds when rTorrent accepted it. */
public record Done() {
    public static final Done INSTANCE = new Done();
}
