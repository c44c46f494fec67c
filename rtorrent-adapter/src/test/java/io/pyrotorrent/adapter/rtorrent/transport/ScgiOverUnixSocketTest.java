package io.pyrotorrent.adapter.rtorrent.transport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** SCGI over a unix socket; a connect timeout cannot be provoked here, so that case is TCP-only. */
class ScgiOverUnixSocketTest extends ScgiTransportTest {

    @Override
    FakeScgiServer startServer(Path directory) throws IOException {
        return FakeScgiServer.unix(directory);
    }

    @Override
    URI urlNobodyListensOn(Path directory) {
        return URI.create("scgi://" + directory.resolve("missing.sock").toUri().getPath());
    }
}
