package io.pyrotorrent.domain.model;

import java.util.Objects;

/**
 * Where rTorrent should put a new torrent's data, as a path on the rTorrent host. It travels inside
 * an rTorrent command string (d.directory.set=...), so the characters rTorrent's command parser
 * treats as syntax are refused rather than escaped.
 */
public record DownloadDirectory(String path) {

    private static final String FORBIDDEN = ",;\"'\\{}()$=";

    public DownloadDirectory {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException(
                    "a download directory is an absolute path, not '" + InfoHash.abbreviate(path) + "'");
        }
        if (path.length() > 1024) {
            throw new IllegalArgumentException("a download directory is at most 1024 characters");
        }
        if (path.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            // Our XML-RPC writer would send them as two lone surrogates, which rTorrent cannot parse.
            throw new IllegalArgumentException("a download directory cannot contain characters outside Unicode's "
                    + "Basic Multilingual Plane (such as emoji) yet");
        }
        for (char c : path.toCharArray()) {
            if (Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                throw new IllegalArgumentException("a download directory cannot contain '" + c + "' (none of "
                        + FORBIDDEN + " or control characters)");
            }
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("a download directory cannot contain '..'");
            }
        }
    }

    public static DownloadDirectory of(String path) {
        return new DownloadDirectory(path);
    }

    @Override
    public String toString() {
        return path;
    }
}
