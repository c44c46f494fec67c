package io.pyrotorrent.app.wiring;

import io.pyrotorrent.app.config.PyrotorrentConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Without users there is no login, so the server must not be reachable from other machines:
 * without users, only a loopback address may be bound.
 */
final class Exposure {

    private Exposure() {}

    static void check(PyrotorrentConfig config) {
        if (!config.users().isEmpty()) {
            return;
        }
        String host = config.server().host();
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("server.host '" + host + "' is not a known address");
        }
        if (!loopback) {
            throw new IllegalArgumentException("server.host " + host + " is not a loopback address, and no users "
                    + "are configured: add users (see 'pyrotorrent hash-password') or bind 127.0.0.1");
        }
    }
}
