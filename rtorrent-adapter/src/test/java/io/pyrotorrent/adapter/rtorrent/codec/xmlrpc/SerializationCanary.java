package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class whose deserialization leaves a trace: a hostile server would ship a gadget chain
 * instead, so the client must never reach {@code readObject} at all.
 */
final class SerializationCanary implements Serializable {

    private static final long serialVersionUID = 1L;
    static final AtomicBoolean DESERIALIZED = new AtomicBoolean();

    /** The canary Java-serialized and base64-encoded, as a faultCause would carry it. */
    static String base64Payload() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new SerializationCanary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        DESERIALIZED.set(true);
    }
}
