package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;

/** The TorrentClient contract against real rTorrent over SCGI over a unix socket bind-mounted from the container. */
class ScgiUnixSocketContractIT extends RealRtorrentContract {

    @Override
    RtorrentContainer newContainer() {
        return RtorrentContainer.unixSocket();
    }

    @Override
    URI url(RtorrentContainer container) {
        return container.unixSocketUrl();
    }
}
