package io.pyrotorrent.domain.model.metainfo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes bencode, the reader's counterpart: {@code Long}/{@code Integer}, {@code String} (as
 * UTF-8), {@code byte[]}, {@code List} and {@code Map} with string keys. Keys are sorted by their
 * raw bytes, as the format demands: the info-hash is the SHA-1 of these exact bytes, so two
 * writers must agree on them.
 */
public final class BencodeWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private BencodeWriter() {}

    public static byte[] encode(Object value) {
        var writer = new BencodeWriter();
        writer.write(value);
        return writer.out.toByteArray();
    }

    private void write(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            ascii("i" + value + "e");
        } else if (value instanceof String text) {
            bytes(text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof byte[] raw) {
            bytes(raw);
        } else if (value instanceof List<?> list) {
            out.write('l');
            list.forEach(this::write);
            out.write('e');
        } else if (value instanceof Map<?, ?> map) {
            out.write('d');
            map.keySet().stream()
                    .map(key -> ((String) key).getBytes(StandardCharsets.UTF_8))
                    .sorted(Arrays::compareUnsigned)
                    .forEach(key -> {
                        bytes(key);
                        write(map.get(new String(key, StandardCharsets.UTF_8)));
                    });
            out.write('e');
        } else {
            throw new IllegalArgumentException("bencode has no form for " + value);
        }
    }

    private void bytes(byte[] raw) {
        ascii(raw.length + ":");
        out.writeBytes(raw);
    }

    private void ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
