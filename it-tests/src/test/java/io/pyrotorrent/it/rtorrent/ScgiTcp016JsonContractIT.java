package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;

/** The TorrentClient contract against real rTorrent 0.16 over SCGI over TCP, JSON-RPC (picked by auto). */
class ScgiTcp016JsonContractIT extends RealRtorrentContract {

    @Override
    RtorrentContainer newContainer() {
        return RtorrentContainer.tcp(RtorrentContainer.IMAGE_0_16);
    }

    @Override
    URI url(RtorrentContainer container) {
        return container.scgiTcpUrl();
    }

    @Override
    RtorrentClient.Rpc rpc() {
        return RtorrentClient.Rpc.AUTO;
    }

    @Override
    protected Answers answers() {
        return RealRtorrentContract.answers016(-32602);
    }

    @Override
    String expectedCodec() {
        return "jsonrpc";
    }
}
