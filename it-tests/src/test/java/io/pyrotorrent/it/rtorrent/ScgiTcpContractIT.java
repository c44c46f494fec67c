package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;

/** The TorrentClient contract against real rTorrent over SCGI over TCP. */
class ScgiTcpContractIT extends RealRtorrentContract {

    @Override
    RtorrentContainer newContainer() {
        return RtorrentContainer.tcp();
    }

    @Override
    URI url(RtorrentContainer container) {
        return container.scgiTcpUrl();
    }
}
