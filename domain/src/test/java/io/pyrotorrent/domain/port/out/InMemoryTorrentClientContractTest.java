package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;

/** The contract on the fake: what passes here must pass on real rTorrent too (see it-tests). */
class InMemoryTorrentClientContractTest extends TorrentClientContract {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();

    @Override
    protected TorrentClient client() {
        return client;
    }

    @Override
    protected void setMessageBehindOurBack(io.pyrotorrent.domain.model.InfoHash hash, String message) {
        client.torrent(hash).message(message);
    }

    @Override
    protected long roundTrips() {
        return client.roundTrips();
    }
}
