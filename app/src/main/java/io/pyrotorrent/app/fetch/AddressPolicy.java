package io.pyrotorrent.app.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.function.Predicate;

/**
 * Which addresses the server may fetch from. The default refuses everything that is not the
 * public internet: loopback, private ranges (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16 with the cloud metadata address, fe80::/10), multicast, the "any" address, and
 * 100.64/10 (carrier-grade NAT).
 */
public final class AddressPolicy {

    private final Predicate<InetAddress> allowed;

    private AddressPolicy(Predicate<InetAddress> allowed) {
        this.allowed = allowed;
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(address -> !isInternal(address));
    }

    public static AddressPolicy any() {
        return new AddressPolicy(address -> true);
    }

    /** For tests: allow exactly what the predicate allows. */
    public static AddressPolicy of(Predicate<InetAddress> allowed) {
        return new AddressPolicy(allowed);
    }

    public boolean allows(InetAddress address) {
        return allowed.test(address);
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC;
        }
        return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
    }
}
