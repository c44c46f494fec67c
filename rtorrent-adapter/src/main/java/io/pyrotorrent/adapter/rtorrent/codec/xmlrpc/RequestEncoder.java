package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.io.ByteArrayOutputStream;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.client.XmlRpcClientRequestImpl;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a methodCall with Apache XML-RPC (the maintained 5.0.0 fork) and {@link RtorrentTypeFactory}.
 * Only its writer is used: replies are read by {@link MethodResponseDecoder}.
 *
 * <p>Both of the library's dangerous switches stay off: {@code enabledForExtensions} would also
 * allow Java-serialized values, {@code enabledForExceptions} deserializing a fault's cause
 * (CVE-2019-17570). Immutable after construction: one encoder serves concurrent calls.
 */
final class RequestEncoder {

    private final XmlRpcClient client = new XmlRpcClient();
    private final XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();

    RequestEncoder() {
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        client.setConfig(config);
        client.setTypeFactory(new RtorrentTypeFactory(client));
    }

    /** The XML body of a call; a parameter XML-RPC cannot carry is an IllegalArgumentException. */
    byte[] encode(String method, Object... params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            ContentHandler xml = client.getXmlWriterFactory().getXmlWriter(config, out);
            new XmlRpcWriter(config, xml, client.getTypeFactory())
                    .write(new XmlRpcClientRequestImpl(config, method, params));
        } catch (SAXException | XmlRpcException e) {
            throw new IllegalArgumentException("cannot encode " + method + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
