package io.pyrotorrent.app.fetch;

import io.pyrotorrent.domain.port.out.TorrentFileFetcher.FetchRefusedException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the host of a URL to fetch. Literal addresses are parsed here, never looked up; a host that
 * looks numeric must be a plain dotted quad: browsers, curl and inet_aton read 0x7f.1, 2130706433,
 * 0177.0.0.1 and 127.1 as 127.0.0.1, Java reads some of them as other addresses or as names, so
 * such spellings are refused rather than guessed at.
 */
final class UrlHost {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** WHATWG's rule: a host whose last label is a number is an IPv4 address, in some spelling. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?i)(^|.*\\.)([0-9]+|0x[0-9a-f]*)\\.?$");

    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9A-Fa-f:.]+]");

    private UrlHost() {}

    /** The host's address if it is a literal; empty for a name to look up; refused when neither. */
    static Optional<InetAddress> literal(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw invalid(url.getRawAuthority() == null ? "" : url.getRawAuthority(), url);
        }
        if (host.startsWith("[")) {
            if (!IPV6_LITERAL.matcher(host).matches()) {
                // A zone id (fe80::1%eth0) names an interface of this machine: never public.
                throw invalid(host, url);
            }
            return Optional.of(parse(host, url));
        }
        if (DOTTED_QUAD.matcher(host).matches()) {
            return Optional.of(parse(host, url));
        }
        if (NUMERIC_LAST_LABEL.matcher(host).matches()) {
            throw invalid(host, url);
        }
        return Optional.empty();
    }

    /** Only ever given a checked literal, which InetAddress parses without a lookup. */
    private static InetAddress parse(String literal, URI url) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw invalid(literal, url);
        }
    }

    private static FetchRefusedException invalid(String host, URI url) {
        return new FetchRefusedException("'" + url + "': '" + host + "' is not a valid host; expected a name,"
                + " a dotted IPv4 address (four numbers 0-255, no leading zeros, no hex) or [IPv6] without a zone");
    }
}
