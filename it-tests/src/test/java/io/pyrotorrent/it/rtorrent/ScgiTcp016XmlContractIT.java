package io.pyrotorrent.it.rtorrent;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;

/** The TorrentClient contract against real rTorrent 0.16 over SCGI over TCP, XML-RPC (forced). */
class ScgiTcp016XmlContractIT extends RealRtorrentContract {

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
        return RtorrentClient.Rpc.XMLRPC;
    }

    @Override
    protected Answers answers() {
        return RealRtorrentContract.answers016(-503);
    }

    @Override
    String expectedCodec() {
        return "xmlrpc";
    }
}
