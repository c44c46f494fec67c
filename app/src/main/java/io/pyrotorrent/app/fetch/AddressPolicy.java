package io.pyrotorrent.app.fetch;

import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which addresses the server may fetch from. The default refuses everything that is not the public
 * internet: loopback, private, link-local (with the cloud metadata address), multicast and every
 * other special-purpose range ({@link SpecialAddresses} has the table).
 */
public final class AddressPolicy {

    private final Predicate<InetAddress> allowed;
    private final boolean publicOnly;

    private AddressPolicy(Predicate<InetAddress> allowed, boolean publicOnly) {
        this.allowed = allowed;
        this.publicOnly = publicOnly;
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(address -> false, true);
    }

    public static AddressPolicy any() {
        return new AddressPolicy(address -> true, false);
    }

    /**
     * The public internet plus the configured ranges (RSS's {@code allowPrivate}): a feed on the
     * LAN is reachable without opening every private address to every URL.
     *
     * @throws IllegalArgumentException for a range that is not a literal CIDR
     */
    public static AddressPolicy publicAnd(java.util.List<String> cidrs) {
        var ranges =
                cidrs.stream().map(cidr -> AddressRange.of(cidr, "allowed")).toList();
        return new AddressPolicy(address -> ranges.stream().anyMatch(r -> r.contains(address.getAddress())), true);
    }

    /** For tests: allow exactly what the predicate allows. */
    public static AddressPolicy of(Predicate<InetAddress> allowed) {
        return new AddressPolicy(allowed, false);
    }

    public boolean allows(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /** Why the address is refused (its range, e.g. "127.0.0.0/8 (loopback)"); empty when allowed. */
    public Optional<String> refusal(InetAddress address) {
        if (publicOnly) {
            // A publicOnly policy's predicate lists the special ranges that are allowed after all.
            return allowed.test(address) ? Optional.empty() : SpecialAddresses.refusal(address.getAddress());
        }
        return allowed.test(address) ? Optional.empty() : Optional.of("not allowed by this policy");
    }
}
