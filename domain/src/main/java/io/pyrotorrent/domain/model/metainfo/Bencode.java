package io.pyrotorrent.domain.model.metainfo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict bencode reader: byte strings stay {@code byte[]}, integers are {@code Long}, dictionary
 * keys are UTF-8 strings. Remembers where the top-level "info" value lies, because the info-hash is
 * the SHA-1 of exactly those bytes. Depth is bounded so a hostile file cannot overflow the stack,
 * and so is the number of elements, because bytes alone do not bound the heap: each "0:" costs two
 * bytes of input and about 20 of heap, so a 10 MB list of empty strings took a 112 MB heap to an
 * OutOfMemoryError before this count was kept.
 */
final class Bencode {

    private static final int MAX_DEPTH = 64;
    /**
     * Values and dictionary keys together: a torrent of 40,000 files needs about 240,000 (six per
     * file), and 250,000 empty strings cost about 5 MB of heap at most.
     */
    static final int MAX_ELEMENTS = 250_000;

    private final byte[] data;
    private int position;
    private int infoStart = -1;
    private int infoEnd = -1;
    private int elements;

    private Bencode(byte[] data) {
        this.data = data;
    }

    /** The decoded top-level value and the byte range of its "info" entry (-1 when absent). */
    record Decoded(Object value, int infoStart, int infoEnd) {}

    static Decoded decode(byte[] data) {
        var reader = new Bencode(data);
        Object value = reader.value(0);
        if (reader.position != data.length) {
            throw reader.error("trailing bytes after the top-level value");
        }
        return new Decoded(value, reader.infoStart, reader.infoEnd);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        count();
        return switch (peek()) {
            case 'i' -> integer();
            case 'l' -> list(depth);
            case 'd' -> dictionary(depth);
            default -> bytes();
        };
    }

    private long integer() {
        position++;
        int end = indexOf('e');
        String digits = new String(data, position, end - position, StandardCharsets.US_ASCII);
        if (!digits.matches("0|-?[1-9][0-9]{0,18}")) {
            throw error("bad integer '" + digits + "'");
        }
        position = end + 1;
        return Long.parseLong(digits);
    }

    private byte[] bytes() {
        int colon = indexOf(':');
        String digits = new String(data, position, colon - position, StandardCharsets.US_ASCII);
        if (!digits.matches("0|[1-9][0-9]{0,9}")) {
            throw error("bad string length '" + digits + "'");
        }
        long length = Long.parseLong(digits);
        if (colon + 1 + length > data.length) {
            throw error("string runs past the end");
        }
        position = colon + 1 + (int) length;
        return Arrays.copyOfRange(data, colon + 1, position);
    }

    private List<Object> list(int depth) {
        position++;
        var items = new ArrayList<>();
        while (peek() != 'e') {
            items.add(value(depth + 1));
        }
        position++;
        return items;
    }

    private Map<String, Object> dictionary(int depth) {
        position++;
        var entries = new LinkedHashMap<String, Object>();
        while (peek() != 'e') {
            count();
            String key = new String(bytes(), StandardCharsets.UTF_8);
            int start = position;
            entries.put(key, value(depth + 1));
            if (depth == 0 && key.equals("info")) {
                infoStart = start;
                infoEnd = position;
            }
        }
        position++;
        return entries;
    }

    private void count() {
        if (++elements > MAX_ELEMENTS) {
            throw error("more than " + MAX_ELEMENTS + " elements");
        }
    }

    private char peek() {
        if (position >= data.length) {
            throw error("unexpected end of data");
        }
        return (char) data[position];
    }

    private int indexOf(char c) {
        for (int i = position; i < data.length && i < position + 32; i++) {
            if (data[i] == c) {
                return i;
            }
        }
        throw error("expected '" + c + "'");
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("not a valid .torrent file: " + what + " at byte " + position);
    }
}
