package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;

/** The TorrentClient contract against real rTorrent 0.16 over HTTP through nginx's scgi_pass, JSON-RPC (picked by auto: nginx passes Content-Type on as CONTENT_TYPE). */
class Http016JsonContractIT extends RealRtorrentContract {

    @Override
    RtorrentContainer newContainer() {
        return RtorrentContainer.tcp(RtorrentContainer.IMAGE_0_16);
    }

    @Override
    URI url(RtorrentContainer container) {
        return container.httpUrl();
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
