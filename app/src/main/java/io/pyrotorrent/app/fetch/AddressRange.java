package io.pyrotorrent.app.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** A CIDR block such as 127.0.0.0/8 or fc00::/7, and what it is for (said in refusals). */
record AddressRange(String cidr, String meaning, byte[] network, int bits) {

    /** From a literal CIDR written in this package: parsed, never looked up. */
    static AddressRange of(String cidr, String meaning) {
        int slash = cidr.indexOf('/');
        String literal = cidr.substring(0, slash);
        try {
            // Built from the bytes: InetAddress would turn ::ffff:0:0 into the IPv4 0.0.0.0.
            byte[] network = InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal)
                    .getAddress();
            if (literal.startsWith("::ffff:")) {
                network = Arrays.copyOf(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1}, 16);
            }
            return new AddressRange(cidr, meaning, network, Integer.parseInt(cidr.substring(slash + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a literal CIDR: " + cidr, e);
        }
    }

    /** True when the address has this range's length (IPv4 or IPv6) and its first bits. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** What a refusal says, e.g. "127.0.0.0/8 (loopback)". */
    String describe() {
        return cidr + " (" + meaning + ")";
    }
}
