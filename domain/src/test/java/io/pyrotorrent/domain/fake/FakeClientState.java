package io.pyrotorrent.domain.fake;

/** Client-wide settings of the fake. */
final class FakeClientState {
    long upLimit;
    long downLimit;
    String hostname = "fake-rtorrent";
    String sessionPath = "/session/";
    long pid = 4242;
    long upTotal;
    long downTotal;
}
