package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks and fetches what the user adds, then sends everything that passed in one request. */
public final class AddService implements AddTorrents {

    private static final Pattern BTIH = Pattern.compile("xt=urn:btih:([0-9A-Fa-f]{40})(?![0-9A-Za-z])");

    private final Access access;
    private final TorrentFileFetcher fetcher;

    public AddService(Targets targets, TorrentFileFetcher fetcher) {
        this.access = new Access(targets);
        this.fetcher = fetcher;
    }

    private record Checked(NamedSource named, TorrentSource source, Optional<InfoHash> hash) {}

    @Override
    public List<AddResult> add(Principal caller, TargetName target, List<NamedSource> sources, AddOptions options) {
        var client = access.client(caller, target);
        var requestFetcher = fetcher.forOneRequest();
        var results = new ArrayList<AddResult>(sources.size());
        var checked = new ArrayList<Checked>();
        var indexes = new ArrayList<Integer>();
        for (NamedSource source : sources) {
            try {
                checked.add(check(source, requestFetcher));
                indexes.add(results.size());
                results.add(null);
            } catch (IllegalArgumentException e) {
                results.add(new AddResult.Refused(source.name(), e.getMessage()));
            }
        }
        if (!checked.isEmpty()) {
            List<Step<?>> steps = checked.stream()
                    .<Step<?>>map(c ->
                            new Command.AddTorrent(c.source(), options.start(), options.label(), options.directory()))
                    .toList();
            var outcomes = client.send(new Request(steps)).outcomes();
            var magnets = new ArrayList<InfoHash>();
            for (int i = 0; i < checked.size(); i++) {
                Checked c = checked.get(i);
                results.set(
                        indexes.get(i),
                        outcomes.get(i) instanceof Outcome.Failure<?> failure
                                ? new AddResult.Refused(
                                        c.named().name(), failure.failure().message())
                                : new AddResult.Added(c.named().name(), c.hash()));
                if (c.source() instanceof TorrentSource.Magnet && outcomes.get(i) instanceof Outcome.Success<?>) {
                    c.hash().ifPresent(magnets::add);
                }
            }
            var dropped = KeptMagnets.dropped(client, magnets);
            for (int i = 0; i < checked.size(); i++) {
                Checked c = checked.get(i);
                if (c.source() instanceof TorrentSource.Magnet
                        && c.hash().filter(dropped::contains).isPresent()) {
                    results.set(indexes.get(i), new AddResult.Refused(c.named().name(), KeptMagnets.DROPPED));
                }
            }
        }
        return results;
    }

    @Override
    public UrlFetches fetchesForOneRequest() {
        var requestFetcher = fetcher.forOneRequest();
        return url -> fetch(url, requestFetcher);
    }

    private static TorrentSource.FileBytes fetch(TorrentSource.Url url, TorrentFileFetcher fetcher) {
        byte[] bytes;
        try {
            bytes = fetcher.fetch(url.uri());
        } catch (TorrentFileFetcher.FetchRefusedException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        Metainfo.parse(bytes);
        return new TorrentSource.FileBytes(bytes);
    }

    /** rTorrent silently drops what it cannot load, so files are read here first. */
    private static Checked check(NamedSource named, TorrentFileFetcher fetcher) {
        TorrentSource source = named.source();
        if (source instanceof TorrentSource.Url url) {
            source = fetch(url, fetcher);
        }
        if (source instanceof TorrentSource.FileBytes file) {
            return new Checked(
                    named, source, Optional.of(Metainfo.parse(file.bytes()).hash()));
        }
        var magnet = BTIH.matcher(((TorrentSource.Magnet) source).uri());
        return new Checked(named, source, magnet.find() ? Optional.of(InfoHash.of(magnet.group(1))) : Optional.empty());
    }
}
