package io.pyrotorrent.adapter.api.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.RequestService;
import io.pyrotorrent.domain.service.Targets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyBatchFetchTest {

    @Test
    void theUrlsOfAllElements_shareOneRequestFetcher_soTheirTimeIsBoundedTogether() {
        var fetched = new ArrayList<String>();
        var fetcher = new TorrentFileFetcher() {
            int requests;

            @Override
            public byte[] fetch(URI url) {
                throw new AssertionError("fetched outside a request's deadline: " + url);
            }

            @Override
            public TorrentFileFetcher forOneRequest() {
                int request = ++requests;
                return url -> {
                    fetched.add(request + " " + url);
                    return TestTorrent.unique(url.getPath()).bytes();
                };
            }
        };
        var targets =
                new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("alpha"), new InMemoryTorrentClient()));
        var batch = new LegacyBatch(
                new VisibleTargets(new RequestService(targets, Runnable::run)), new AddService(targets, fetcher));

        batch.run(Principal.LOCAL, List.of(addTorrent(0, "https://a.test/1"), addTorrent(1, "https://a.test/2")));

        assertThat(fetched).containsExactly("1 https://a.test/1", "1 https://a.test/2");
    }

    private static LegacyElement addTorrent(int index, String url) {
        return new LegacyElement(
                index,
                "rtorrent",
                "alpha",
                Optional.empty(),
                Optional.empty(),
                List.of(new LegacyElement.Call("add_torrent", List.of(TextNode.valueOf(url)))));
    }
}
