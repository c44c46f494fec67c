package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;

/** The TorrentClient contract against real rTorrent over HTTP through nginx's scgi_pass. */
class HttpContractIT extends RealRtorrentContract {

    @Override
    RtorrentContainer newContainer() {
        return RtorrentContainer.tcp();
    }

    @Override
    URI url(RtorrentContainer container) {
        return container.httpUrl();
    }
}
