package io.pyrotorrent.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public-only policy as a table: literal addresses only (parsed, never resolved or connected
 * to), each with the range that refuses it, or "allowed". The ranges are those of the IANA IPv4 and
 * IPv6 Special-Purpose Address Registries that are not globally reachable, plus multicast.
 */
class AddressPolicyTest {

    private final AddressPolicy policy = AddressPolicy.publicOnly();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # IPv4
            0.0.0.0             | 0.0.0.0/8
            0.1.2.3             | 0.0.0.0/8
            10.1.2.3            | 10.0.0.0/8
            100.64.0.1          | 100.64.0.0/10
            100.127.255.254     | 100.64.0.0/10
            127.0.0.1           | 127.0.0.0/8
            127.255.255.254     | 127.0.0.0/8
            169.254.169.254     | 169.254.0.0/16
            172.16.0.1          | 172.16.0.0/12
            172.31.255.255      | 172.16.0.0/12
            192.0.0.8           | 192.0.0.0/24
            192.0.0.170         | 192.0.0.0/24
            192.0.2.1           | 192.0.2.0/24
            192.88.99.1         | 192.88.99.0/24
            192.168.1.1         | 192.168.0.0/16
            198.18.0.1          | 198.18.0.0/15
            198.19.255.255      | 198.18.0.0/15
            198.51.100.7        | 198.51.100.0/24
            203.0.113.9         | 203.0.113.0/24
            224.0.0.1           | 224.0.0.0/4
            239.255.255.250     | 224.0.0.0/4
            240.0.0.1           | 240.0.0.0/4
            255.255.255.255     | 255.255.255.255/32
            # IPv4 just outside the ranges, and public
            1.1.1.1             | allowed
            9.255.255.255       | allowed
            11.0.0.1            | allowed
            100.63.255.255      | allowed
            100.128.0.1         | allowed
            172.15.255.255      | allowed
            172.32.0.1          | allowed
            192.0.1.1           | allowed
            192.169.0.1         | allowed
            198.17.255.255      | allowed
            198.20.0.1          | allowed
            223.255.255.255     | allowed
            # IPv6
            ::                  | ::/128
            ::1                 | ::1/128
            ::7f00:1            | ::/96
            ::808:808           | ::/96
            64:ff9b::7f00:1     | 127.0.0.0/8
            64:ff9b::a00:1      | 10.0.0.0/8
            64:ff9b::808:808    | allowed
            64:ff9b:1::808:808  | 64:ff9b:1::/48
            100::1              | 100::/64
            2001::1             | 2001::/32
            2001:0:4136:e378:8000:63bf:3fff:fdd2 | 2001::/32
            2001:2::1           | 2001:2::/48
            2001:10::1          | 2001:10::/28
            2001:20::1          | 2001:20::/28
            2001:100::1         | 2001::/23
            2001:db8::1         | 2001:db8::/32
            2002:7f00:1::1      | 2002::/16
            2002:808:808::1     | 2002::/16
            3fff::1             | 3fff::/20
            5f00::1             | 2000::/3
            fc00::1             | fc00::/7
            fd12:3456::1        | fc00::/7
            fe80::1             | fe80::/10
            fec0::1             | fec0::/10
            ff02::1             | ff00::/8
            1::1                | 2000::/3
            4000::1             | 2000::/3
            # IPv6 public
            2001:4860:4860::8888 | allowed
            2a00:1450::1        | allowed
            2001:200::1         | allowed
            """)
    void publicOnly_refusesEverySpecialPurposeRange(String literal, String expected) throws UnknownHostException {
        var address = parseLiteral(literal);

        var refusal = policy.refusal(address);

        if (expected.equals("allowed")) {
            assertThat(refusal).as(literal).isEmpty();
            assertThat(policy.allows(address)).isTrue();
        } else {
            assertThat(refusal)
                    .as(literal)
                    .hasValueSatisfying(reason -> assertThat(reason).contains(expected + " ("));
            assertThat(policy.allows(address)).isFalse();
        }
    }

    @ParameterizedTest(name = "::ffff:{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1       | 127.0.0.0/8
            169.254.169.254 | 169.254.0.0/16
            8.8.8.8         | allowed
            """)
    void ipv4MappedAddressesKeptAsIpv6_areJudgedByTheirIpv4Address(String ipv4, String expected)
            throws UnknownHostException {
        // InetAddress turns a mapped literal into an Inet4Address; an Inet6Address built from the
        // bytes keeps the IPv6 form, which the policy must still see through.
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, bytes, 12, 4);
        var mapped = Inet6Address.getByAddress(null, bytes, -1);

        var refusal = policy.refusal(mapped);

        assertThat(mapped).isInstanceOf(Inet6Address.class);
        if (expected.equals("allowed")) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason).contains(expected + " ("));
        }
    }

    /** Literals only: brackets make InetAddress refuse anything but an IPv6 literal, with no lookup. */
    private static InetAddress parseLiteral(String literal) throws UnknownHostException {
        if (literal.contains(":")) {
            return InetAddress.getByName("[" + literal + "]");
        }
        assertThat(literal).matches("[0-9.]+");
        return InetAddress.getByName(literal);
    }
}
