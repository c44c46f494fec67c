package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import org.apache.xmlrpc.common.TypeFactoryImpl;
import org.apache.xmlrpc.common.XmlRpcController;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.serializer.I8Serializer;
import org.apache.xmlrpc.serializer.TypeSerializer;
import org.apache.xmlrpc.serializer.TypeSerializerImpl;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache XML-RPC's serializers plus rTorrent's bare {@code <i8>}, for writing requests (replies are
 * read by {@link MethodResponseDecoder}).
 *
 * <p>The stock factory only writes {@code i8} in its extensions namespace with extensions enabled.
 * Enabling extensions is not an option: it also enables Java-serialized payloads. So this factory
 * writes {@link Long} parameters as a bare {@code <i8>} itself, which rTorrent accepts.
 *
 * <p>Stateless apart from the parent's lazily built date serializer, which rTorrent never needs:
 * one instance serves concurrent calls.
 */
final class RtorrentTypeFactory extends TypeFactoryImpl {

    private static final TypeSerializer BARE_I8 = new TypeSerializerImpl() {
        @Override
        public void write(ContentHandler handler, Object value) throws SAXException {
            write(handler, I8Serializer.I8_TAG, value.toString());
        }
    };

    RtorrentTypeFactory(XmlRpcController controller) {
        super(controller);
    }

    @Override
    public TypeSerializer getSerializer(XmlRpcStreamConfig config, Object value) throws SAXException {
        return value instanceof Long ? BARE_I8 : super.getSerializer(config, value);
    }
}
