package io.pyrotorrent.app.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a fetch must never reach: every entry of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries that is not globally reachable, plus multicast, broadcast and
 * the reserved 240/4. IPv6 is an allow-list: only global unicast (2000::/3) passes, minus its
 * special blocks, so a range IANA has yet to assign is refused too. Forms that carry an IPv4 address
 * are judged by it (IPv4-mapped, the NAT64 well-known prefix) or refused whole (IPv4-compatible,
 * 6to4, Teredo): a relay or translator would deliver them to that IPv4 host.
 */
final class SpecialAddresses {

    private static final List<AddressRange> IPV4 = List.of(
            AddressRange.of("0.0.0.0/8", "this network"),
            AddressRange.of("10.0.0.0/8", "private"),
            AddressRange.of("100.64.0.0/10", "shared address space, carrier-grade NAT"),
            AddressRange.of("127.0.0.0/8", "loopback"),
            AddressRange.of("169.254.0.0/16", "link-local, cloud metadata"),
            AddressRange.of("172.16.0.0/12", "private"),
            AddressRange.of("192.0.0.0/24", "IETF protocol assignments"),
            AddressRange.of("192.0.2.0/24", "documentation, TEST-NET-1"),
            AddressRange.of("192.88.99.0/24", "6to4 relay anycast, deprecated"),
            AddressRange.of("192.168.0.0/16", "private"),
            AddressRange.of("198.18.0.0/15", "benchmarking"),
            AddressRange.of("198.51.100.0/24", "documentation, TEST-NET-2"),
            AddressRange.of("203.0.113.0/24", "documentation, TEST-NET-3"),
            AddressRange.of("224.0.0.0/4", "multicast"),
            AddressRange.of("255.255.255.255/32", "limited broadcast"),
            AddressRange.of("240.0.0.0/4", "reserved"));

    /** Judged by the IPv4 address in their last four bytes. */
    private static final List<AddressRange> CARRYING_IPV4 =
            List.of(AddressRange.of("::ffff:0:0/96", "IPv4-mapped"), AddressRange.of("64:ff9b::/96", "NAT64"));

    private static final List<AddressRange> IPV6 = List.of(
            AddressRange.of("::/128", "unspecified"),
            AddressRange.of("::1/128", "loopback"),
            AddressRange.of("::/96", "IPv4-compatible, deprecated"),
            AddressRange.of("64:ff9b:1::/48", "local-use NAT64"),
            AddressRange.of("100::/64", "discard-only"),
            AddressRange.of("2001::/32", "Teredo"),
            AddressRange.of("2001:2::/48", "benchmarking"),
            AddressRange.of("2001:10::/28", "ORCHID, deprecated"),
            AddressRange.of("2001:20::/28", "ORCHIDv2"),
            AddressRange.of("2001::/23", "IETF protocol assignments"),
            AddressRange.of("2001:db8::/32", "documentation"),
            AddressRange.of("2002::/16", "6to4"),
            AddressRange.of("3fff::/20", "documentation"),
            AddressRange.of("fc00::/7", "unique local"),
            AddressRange.of("fe80::/10", "link-local"),
            AddressRange.of("fec0::/10", "site-local, deprecated"),
            AddressRange.of("ff00::/8", "multicast"));

    private static final AddressRange GLOBAL_UNICAST = AddressRange.of("2000::/3", "global unicast");

    private SpecialAddresses() {}

    /** Why this address is refused, naming its range; empty for a public address. */
    static Optional<String> refusal(byte[] address) {
        if (address.length == 4) {
            return IPV4.stream().filter(r -> r.contains(address)).findFirst().map(AddressRange::describe);
        }
        for (AddressRange carrier : CARRYING_IPV4) {
            if (carrier.contains(address)) {
                byte[] ipv4 = Arrays.copyOfRange(address, 12, 16);
                return refusal(ipv4).map(why -> carrier.meaning() + " form of an address in " + why);
            }
        }
        Optional<String> special =
                IPV6.stream().filter(r -> r.contains(address)).findFirst().map(AddressRange::describe);
        if (special.isPresent() || GLOBAL_UNICAST.contains(address)) {
            return special;
        }
        return Optional.of("outside " + GLOBAL_UNICAST.describe() + ", unassigned or reserved");
    }
}
