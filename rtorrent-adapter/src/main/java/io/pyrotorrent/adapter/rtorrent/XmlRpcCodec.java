package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.client.XmlRpcClientRequestImpl;
import org.apache.xmlrpc.client.XmlRpcStreamTransport;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns rTorrent calls into XML-RPC bytes and replies back into values, through Apache XML-RPC
 * (the maintained 5.0.0 fork) with {@link RtorrentTypeFactory} and a hardened XML parser.
 *
 * <p>Both of the library's dangerous switches stay off: {@code enabledForExtensions} would also
 * accept Java-serialized values, and {@code enabledForExceptions} would deserialize a fault's
 * {@code faultCause} (CVE-2019-17570). Replies decode to String, Long ({@code <i8>}), Integer
 * ({@code <i4>}), Object[], Map, byte[] (base64), Double and Boolean.
 *
 * <p>One codec serves concurrent calls: the client, its type factory and its configuration are
 * only read, and every call gets its own {@link TransportBridge} (the library's worker is a
 * stateless singleton while {@code maxThreads} is 0, the default).
 */
final class XmlRpcCodec {

    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcCodec.class);

    private final XmlRpcClient client = new XmlRpcClient();
    private final XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
    private final long maxRequestBytes;
    private final RoundTripListener listener;

    XmlRpcCodec(TransportSettings settings, RoundTripListener listener) {
        this.maxRequestBytes = settings.maxRequestBytes();
        this.listener = Objects.requireNonNull(listener, "listener");
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        client.setConfig(config);
        client.setTypeFactory(new RtorrentTypeFactory(client));
        client.setTransportFactory(() -> new TransportBridge(client));
    }

    XmlRpcCodec(TransportSettings settings) {
        this(settings, RoundTripListener.NONE);
    }

    /** The XML body of a call; a parameter XML-RPC cannot carry is an IllegalArgumentException. */
    byte[] encode(String method, Object... params) {
        return new TransportBridge(client).encode(new XmlRpcClientRequestImpl(config, method, params));
    }

    /**
     * The value in a reply body. A fault is {@code Rejected(code, string)}; anything else that is
     * not a well-formed XML-RPC reply (including any DOCTYPE) is a {@code ProtocolError}.
     */
    Object decode(byte[] replyBody) {
        return new TransportBridge(client).decode(config, replyBody);
    }

    /**
     * Encodes, refuses a request over {@code maxRequestBytes} before anything is sent (rTorrent
     * would silently drop it), exchanges it over {@code transport} and decodes the reply. Every
     * exchange is reported to the listener once, whatever its outcome.
     */
    Object call(Transport transport, String method, Object... params) {
        CallConfig call = new CallConfig(transport, maxRequestBytes);
        try {
            Object result = client.execute(call, method, params);
            report(call, Optional.empty());
            return result;
        } catch (TorrentClientException e) {
            report(call, Optional.of(e.failure()));
            throw e;
        } catch (XmlRpcException e) {
            // Faults and parse errors are mapped inside the bridge; this is the library's own plumbing.
            TorrentClientException failure = new TorrentClientException(
                    new ClientFailure.ProtocolError("XML-RPC client failed: " + e.getMessage()), e);
            report(call, Optional.of(failure.failure()));
            throw failure;
        }
    }

    private void report(CallConfig call, Optional<ClientFailure> failure) {
        if (!call.sent()) {
            return;
        }
        try {
            listener.onRoundTrip(new RoundTrip(call.bytesSent, call.bytesReceived, call.elapsed, failure));
        } catch (RuntimeException e) {
            LOG.warn("round-trip listener failed; the call itself is unaffected", e);
        }
    }

    /**
     * One call's configuration. The library hands it to the bridge with the request, which makes it
     * the one per-call channel to our {@link Transport} and back with what happened on the wire.
     */
    private static final class CallConfig extends XmlRpcClientConfigImpl {
        private final transient Transport transport;
        private final long maxRequestBytes;
        private long bytesSent = -1;
        private long bytesReceived;
        private Duration elapsed = Duration.ZERO;

        CallConfig(Transport transport, long maxRequestBytes) {
            this.transport = Objects.requireNonNull(transport, "transport");
            this.maxRequestBytes = maxRequestBytes;
            setEnabledForExtensions(false);
            setEnabledForExceptions(false);
        }

        byte[] exchange(byte[] body) {
            if (body.length > maxRequestBytes) {
                throw new TorrentClientException(
                        new ClientFailure.TooLarge("the request", body.length, maxRequestBytes));
            }
            bytesSent = body.length;
            long start = System.nanoTime();
            try {
                byte[] reply = transport.exchange(body);
                bytesReceived = reply.length;
                return reply;
            } finally {
                elapsed = Duration.ofNanos(System.nanoTime() - start);
            }
        }

        boolean sent() {
            return bytesSent >= 0;
        }
    }

    /**
     * The library's stream transport for one call: hands the encoded bytes to our {@link Transport}
     * and parses the reply with a hardened reader, mapping faults and bad replies precisely.
     */
    private static final class TransportBridge extends XmlRpcStreamTransport {
        /** Deeper than any rTorrent reply (about 20); bounds the parser's recursion on hostile input. */
        private static final String MAX_DEPTH = "100";
        private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
        private static final SAXParserFactory PARSERS = hardenedParsers();
        /** Without an error handler the JDK parser also prints every fatal error to stderr. */
        private static final ErrorHandler RETHROW = new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        };

        private CallConfig call;
        private byte[] reply;

        TransportBridge(XmlRpcClient client) {
            super(client);
        }

        byte[] encode(XmlRpcRequest request) {
            try {
                return encodeWith(newReqWriter(request), request.getMethodName());
            } catch (XmlRpcException | IOException | SAXException e) {
                throw new IllegalStateException("cannot encode " + request.getMethodName(), e);
            }
        }

        Object decode(XmlRpcStreamRequestConfig config, byte[] replyBody) {
            return readResponse(config, new ByteArrayInputStream(replyBody));
        }

        @Override
        public Object sendRequest(XmlRpcRequest request) throws XmlRpcException {
            call = (CallConfig) request.getConfig();
            return super.sendRequest(request);
        }

        @Override
        protected void writeRequest(ReqWriter writer) throws XmlRpcException, IOException {
            reply = call.exchange(encodeWith(writer, "the request"));
        }

        @Override
        protected InputStream getInputStream() {
            return new ByteArrayInputStream(reply);
        }

        @Override
        protected boolean isResponseGzipCompressed(XmlRpcStreamRequestConfig config) {
            return false;
        }

        @Override
        protected void close() {
            reply = null;
        }

        @Override
        protected XMLReader newXMLReader() throws XmlRpcException {
            try {
                XMLReader reader;
                synchronized (PARSERS) {
                    reader = PARSERS.newSAXParser().getXMLReader();
                }
                reader.setProperty(MAX_DEPTH_PROPERTY, MAX_DEPTH);
                reader.setEntityResolver((publicId, systemId) -> {
                    throw new SAXException("external entity refused: " + systemId);
                });
                reader.setErrorHandler(RETHROW);
                return reader;
            } catch (ParserConfigurationException | SAXException e) {
                throw new XmlRpcException("cannot create a hardened XML reader", e);
            }
        }

        /**
         * The parser's complaint in words a page can show: a DOCTYPE is named as what it is (the
         * parser's own wording quotes its feature URL), and anything else is cut short, since it may
         * quote whatever the server sent.
         */
        private static String parseProblem(Exception e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                return "it declares a DOCTYPE, which is refused (its entities could read local files or expand without end)";
            }
            return message.length() > 200 ? message.substring(0, 200) + "..." : message;
        }

        /** Parses without ever looking at faultCause, and says exactly which failure it was. */
        @Override
        protected Object readResponse(XmlRpcStreamRequestConfig config, InputStream in) {
            ResponseParser parser = new ResponseParser(config, getClient().getTypeFactory());
            Object result;
            try {
                XMLReader reader = newXMLReader();
                reader.setContentHandler(parser);
                reader.parse(new InputSource(in));
                result = parser.isSuccess() ? parser.getResult() : null;
            } catch (SAXException | IOException | XmlRpcException | RuntimeException e) {
                throw protocolError("not a valid XML-RPC reply: " + parseProblem(e), e);
            }
            if (!parser.sawValue) {
                throw protocolError("the reply carries neither a value nor a fault", null);
            }
            if (!parser.isSuccess()) {
                String faultString = Objects.requireNonNullElse(parser.getErrorMessage(), "");
                throw new TorrentClientException(new ClientFailure.Rejected(parser.getErrorCode(), faultString));
            }
            return result;
        }

        private static byte[] encodeWith(ReqWriter writer, String what) throws XmlRpcException, IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            try {
                writer.write(out);
            } catch (SAXException e) {
                throw new IllegalArgumentException("cannot encode " + what + ": " + e.getMessage(), e);
            }
            return out.toByteArray();
        }

        private static SAXParserFactory hardenedParsers() {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            try {
                // rTorrent never sends a DOCTYPE: refusing any rules out external entities and
                // entity-expansion bombs before a single entity is read.
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("cannot harden the JDK's XML parser", e);
            }
            return factory;
        }

        /** The library's parser, noting whether a value or fault came at all: its flags cannot tell. */
        private static final class ResponseParser extends XmlRpcResponseParser {
            private boolean sawValue;

            ResponseParser(XmlRpcStreamRequestConfig config, TypeFactory types) {
                super(config, types);
            }

            @Override
            protected void addResult(Object result) throws SAXException {
                sawValue = true;
                super.addResult(result);
            }
        }

        private static TorrentClientException protocolError(String detail, Throwable cause) {
            String shortDetail = detail.length() > 200 ? detail.substring(0, 200) + "..." : detail;
            return new TorrentClientException(new ClientFailure.ProtocolError(shortDetail), cause);
        }
    }
}
