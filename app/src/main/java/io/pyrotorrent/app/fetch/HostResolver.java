package io.pyrotorrent.app.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; tests put one in that proves no lookup happened. */
@FunctionalInterface
interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
