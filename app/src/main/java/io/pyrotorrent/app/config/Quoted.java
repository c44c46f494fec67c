package io.pyrotorrent.app.config;

/** A value from the file, quoted and shortened for an error message. */
final class Quoted {

    private static final int MAX_LENGTH = 60;

    private Quoted() {}

    static String of(String value) {
        String shown = value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH - 3) + "...";
        return "'" + shown + "'";
    }
}
