package io.pyrotorrent.app.cli;

/** One line of {@code pyrotorrent doctor}: what was checked, and either what is fine or what to fix. */
record Finding(boolean ok, String subject, String text) {

    static Finding ok(String subject, String text) {
        return new Finding(true, subject, text);
    }

    static Finding fix(String subject, String text) {
        return new Finding(false, subject, text);
    }

    String line() {
        return (ok ? "ok   " : "FIX  ") + subject + ": " + text;
    }
}
