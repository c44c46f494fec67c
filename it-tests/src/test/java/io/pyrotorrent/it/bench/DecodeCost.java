package io.pyrotorrent.it.bench;

import io.pyrotorrent.it.support.ScgiProbe;
import java.io.ByteArrayInputStream;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where the pyroTorrent-side time of a big list goes: the overview's d.multicall2, written out by
 * hand (the same 17 commands), sent with the independent {@link ScgiProbe} (a second, raw check
 * of the floor), and its reply decoded three ways in this JVM: the JDK's SAX parser doing nothing
 * (the least any SAX-based decoder costs), and a small hand-written scanner for the XML-RPC subset
 * rTorrent writes that builds the rows. Compare with the adapter's decode measured on the floor.
 */
final class DecodeCost {

    /** The commands behind the overview's fields (what the adapter's command table sends). */
    static final List<String> OVERVIEW_COMMANDS = List.of(
            "d.hash=",
            "d.name=",
            "d.size_bytes=",
            "d.completed_bytes=",
            "d.left_bytes=",
            "d.down.rate=",
            "d.up.rate=",
            "d.ratio=",
            "d.peers_connected=",
            "d.peers_complete=",
            "d.message=",
            "d.custom1=",
            "d.state=",
            "d.is_active=",
            "d.complete=",
            "d.hashing=",
            "d.hashing_failed=");

    private DecodeCost() {}

    static Map<String, String> measure(SocketAddress rtorrent, int expectedRows, int runs, int warmup)
            throws Exception {
        var call = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>d.multicall2</methodName><params>"
                + "<param><value><string></string></value></param><param><value><string>main</string></value></param>");
        for (String command : OVERVIEW_COMMANDS) {
            call.append("<param><value><string>").append(command).append("</string></value></param>");
        }
        String xml = call.append("</params></methodCall>").toString();

        var raw = new Samples();
        var sax = new Samples();
        var scan = new Samples();
        byte[] reply = null;
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            reply = ScgiProbe.call(rtorrent, xml, Duration.ofSeconds(120)).getBytes(StandardCharsets.UTF_8);
            long t1 = System.nanoTime();
            SAXParser parser = factory.newSAXParser();
            parser.parse(new ByteArrayInputStream(reply), new DefaultHandler());
            long t2 = System.nanoTime();
            List<?> rows = (List<?>) new Scanner(reply).response();
            long t3 = System.nanoTime();
            if (rows.size() != expectedRows || ((List<?>) rows.get(0)).size() != OVERVIEW_COMMANDS.size()) {
                throw new IllegalStateException("scanner read " + rows.size() + " rows, expected " + expectedRows);
            }
            if (i >= warmup) {
                raw.add((t1 - t0) / 1e6);
                sax.add((t2 - t1) / 1e6);
                scan.add((t3 - t2) / 1e6);
            }
            Thread.sleep(Pacing.SPACING_MS);
        }
        var notes = new LinkedHashMap<String, String>();
        notes.put(
                "cross-check of the floor: the same d.multicall2 (17 commands) through the independent raw"
                        + " SCGI probe",
                String.format(
                        Locale.ROOT, "median %.1f ms, p95 %.1f ms, %,d bytes", raw.median(), raw.p95(), reply.length));
        notes.put(
                "decoding that reply in the benchmark's JVM: JDK SAX parse with an empty handler (the least a"
                        + " SAX-based decoder costs)",
                String.format(Locale.ROOT, "median %.1f ms", sax.median()));
        notes.put(
                "decoding that reply: a hand-written scanner for rTorrent's XML-RPC subset, building the rows",
                String.format(Locale.ROOT, "median %.1f ms", scan.median()));
        return notes;
    }

    /**
     * Reads {@code <methodResponse><params><param><value>...} as rTorrent writes it: values are
     * {@code <string>}, {@code <i8>}/{@code <i4>} or {@code <array><data>}; no faults, no structs.
     * Just enough to show what decoding can cost; not hardened, not for production.
     */
    static final class Scanner {
        private final byte[] b;
        private int p;

        Scanner(byte[] bytes) {
            this.b = bytes;
        }

        Object response() {
            expect("<methodResponse>");
            expect("<params>");
            expect("<param>");
            return value();
        }

        private Object value() {
            expect("<value>");
            Object v;
            if (peek("<string>")) {
                p += 8;
                int end = indexOf('<');
                v = text(p, end);
                p = end;
                expect("</string>");
            } else if (peek("<string/>")) {
                p += 9;
                v = "";
            } else if (peek("<i8>") || peek("<i4>")) {
                p += 4;
                long n = 0;
                boolean negative = b[p] == '-';
                if (negative) {
                    p++;
                }
                while (b[p] != '<') {
                    n = n * 10 + (b[p++] - '0');
                }
                v = negative ? -n : n;
                p += 5;
            } else if (peek("<array>")) {
                p += 7;
                expect("<data>");
                var list = new ArrayList<Object>();
                skipSpace();
                while (!peek("</data>")) {
                    list.add(value());
                    skipSpace();
                }
                p += 7;
                expect("</array>");
                v = list;
            } else {
                throw new IllegalStateException("unexpected at " + p + ": "
                        + new String(b, p, Math.min(40, b.length - p), StandardCharsets.UTF_8));
            }
            expect("</value>");
            return v;
        }

        private String text(int from, int to) {
            String s = new String(b, from, to - from, StandardCharsets.UTF_8);
            return s.indexOf('&') < 0
                    ? s
                    : s.replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&apos;", "'")
                            .replace("&amp;", "&");
        }

        private int indexOf(char c) {
            int i = p;
            while (b[i] != c) {
                i++;
            }
            return i;
        }

        private boolean peek(String tag) {
            if (p + tag.length() > b.length) {
                return false;
            }
            for (int i = 0; i < tag.length(); i++) {
                if (b[p + i] != tag.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void expect(String tag) {
            skipSpace();
            if (!peek(tag)) {
                while (p < b.length && b[p] == '<' && b[p + 1] == '?') {
                    p = indexOf('>') + 1;
                    skipSpace();
                }
                if (!peek(tag)) {
                    throw new IllegalStateException("expected " + tag + " at " + p + ": "
                            + new String(b, p, Math.min(40, b.length - p), StandardCharsets.UTF_8));
                }
            }
            p += tag.length();
        }

        private void skipSpace() {
            while (p < b.length && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t')) {
                p++;
            }
        }
    }
}
