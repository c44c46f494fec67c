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
        return new AddressPolicy(address -> true, true);
    }

    public static AddressPolicy any() {
        return new AddressPolicy(address -> true, false);
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
            return SpecialAddresses.refusal(address.getAddress());
        }
        return allowed.test(address) ? Optional.empty() : Optional.of("not allowed by this policy");
    }
}
