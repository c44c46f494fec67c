package io.pyrotorrent.domain.model.metainfo;

import io.pyrotorrent.domain.model.InfoHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a .torrent file says: its info-hash, name, files and trackers. Read before a torrent is
 * sent to rTorrent, which silently ignores bytes it cannot load.
 */
public record Metainfo(InfoHash hash, String name, long pieceLength, List<FileEntry> files, List<String> trackers) {

    /** One file of the torrent; a single-file torrent has one entry whose path is its name. */
    public record FileEntry(List<String> path, long length) {
        public FileEntry {
            path = List.copyOf(path);
        }
    }

    public Metainfo {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
        trackers = List.copyOf(trackers);
    }

    public long totalLength() {
        return files.stream().mapToLong(FileEntry::length).sum();
    }

    /** Parses a .torrent file; {@link IllegalArgumentException} says what is wrong with it. */
    public static Metainfo parse(byte[] torrentFile) {
        Bencode.Decoded decoded = Bencode.decode(torrentFile);
        Map<String, Object> top = dictionary(decoded.value(), "the file");
        Map<String, Object> info = dictionary(top.get("info"), "'info'");
        byte[] infoBytes = Arrays.copyOfRange(torrentFile, decoded.infoStart(), decoded.infoEnd());
        String name = text(info.get("name"), "'info.name'");
        long pieceLength = number(info.get("piece length"), "'info.piece length'");
        return new Metainfo(InfoHash.of(sha1(infoBytes)), name, pieceLength, files(info, name), trackers(top));
    }

    private static List<FileEntry> files(Map<String, Object> info, String name) {
        if (info.get("length") != null) {
            return List.of(new FileEntry(List.of(name), number(info.get("length"), "'info.length'")));
        }
        if (!(info.get("files") instanceof List<?> list) || list.isEmpty()) {
            throw invalid("'info' has neither 'length' nor a list of 'files'");
        }
        var files = new ArrayList<FileEntry>();
        for (Object item : list) {
            Map<String, Object> file = dictionary(item, "an entry of 'info.files'");
            if (!(file.get("path") instanceof List<?> parts) || parts.isEmpty()) {
                throw invalid("an entry of 'info.files' has no 'path'");
            }
            var path = parts.stream().map(p -> text(p, "a path component")).toList();
            files.add(new FileEntry(path, number(file.get("length"), "a file's 'length'")));
        }
        return files;
    }

    private static List<String> trackers(Map<String, Object> top) {
        var trackers = new ArrayList<String>();
        if (top.get("announce") instanceof byte[] announce) {
            trackers.add(new String(announce, StandardCharsets.UTF_8));
        }
        if (top.get("announce-list") instanceof List<?> tiers) {
            for (Object tier : tiers) {
                if (tier instanceof List<?> urls) {
                    urls.stream()
                            .filter(byte[].class::isInstance)
                            .map(u -> new String((byte[]) u, StandardCharsets.UTF_8))
                            .filter(u -> !trackers.contains(u))
                            .forEach(trackers::add);
                }
            }
        }
        return trackers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dictionary(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw invalid(what + " is not a dictionary");
    }

    private static String text(Object value, String what) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw invalid(what + " is missing or not a string");
    }

    private static long number(Object value, String what) {
        if (value instanceof Long number && number >= 0) {
            return number;
        }
        throw invalid(what + " is missing or not a non-negative integer");
    }

    private static IllegalArgumentException invalid(String what) {
        return new IllegalArgumentException("not a valid .torrent file: " + what);
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
