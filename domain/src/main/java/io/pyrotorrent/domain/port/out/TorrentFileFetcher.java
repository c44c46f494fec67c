package io.pyrotorrent.domain.port.out;

import java.net.URI;

/**
 * Fetches a .torrent file by URL for the user, with the rules that keep the server from being
 * turned against its own network: http/https only, no loopback/private/link-local/multicast
 * addresses unless configured, few redirects each checked, bounded size and time.
 */
public interface TorrentFileFetcher {

    /** The file's bytes; {@link FetchRefusedException} with a readable reason otherwise. */
    byte[] fetch(URI url);

    /**
     * A fetcher for one user request: every fetch through it shares one total deadline, so a
     * request of many slow URLs (the legacy API takes up to 100) still ends in bounded time.
     */
    default TorrentFileFetcher forOneRequest() {
        return this;
    }

    /** Why a URL was not fetched, in words for the user. */
    final class FetchRefusedException extends RuntimeException {
        public FetchRefusedException(String reason) {
            super(reason);
        }
    }
}
