package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.util.Base64;

/** XML-RPC reply bodies shaped like rTorrent's, for tests. */
public final class Replies {

    private Replies() {}

    /** A successful reply carrying one value, given as its inner XML (e.g. {@code <i8>1</i8>}). */
    public static String value(String valueXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param><value>" + valueXml
                + "</value></param></params></methodResponse>\n";
    }

    public static String fault(int code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><i4>" + code + "</i4></value></member>"
                + "<member><name>faultString</name><value><string>" + message + "</string></value></member>"
                + "</struct></value></fault></methodResponse>\n";
    }

    /**
     * A d.multicall2-like reply: rows of hash, name, size as bare {@code <i8>}, a nested array of
     * path components, a struct, and base64 bytes.
     */
    public static String torrentRows() {
        return value("<array><data>"
                + "<value><array><data>"
                + "<value><string>0123456789ABCDEF0123456789ABCDEF01234567</string></value>"
                + "<value><string>Ubuntu &amp; friends</string></value>"
                + "<value><i8>5000000000</i8></value>"
                + "<value><array><data><value><string>dir</string></value>"
                + "<value><string>file.iso</string></value></data></array></value>"
                + "<value><struct><member><name>label</name><value><string>linux</string></value></member>"
                + "<member><name>ratio</name><value><i8>1500</i8></value></member></struct></value>"
                + "<value><base64>" + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}) + "</base64></value>"
                + "</data></array></value>"
                + "<value><array><data><value>untyped text</value>"
                + "<value><i4>0</i4></value></data></array></value>"
                + "</data></array>");
    }
}
