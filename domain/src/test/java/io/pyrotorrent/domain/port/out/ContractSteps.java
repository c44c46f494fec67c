package io.pyrotorrent.domain.port.out;

import static io.pyrotorrent.domain.model.field.TorrentFields.ACTIVE;
import static io.pyrotorrent.domain.model.field.TorrentFields.HASH;
import static io.pyrotorrent.domain.model.field.TorrentFields.OPEN;
import static io.pyrotorrent.domain.model.field.TorrentFields.STATE;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small steps the contract tests share; every read is its own request. */
public final class ContractSteps {

    private final TorrentClient client;

    ContractSteps(TorrentClient client) {
        this.client = client;
    }

    public void load(TestTorrent torrent, boolean start) {
        client.send(Request.of(Command.AddTorrent.of(torrent.source(), start))).outcomes().get(0).orThrow();
    }

    public Row torrent(InfoHash hash, Field<?>... fields) {
        var request = Request.builder();
        var ref = request.add(TorrentQuery.of(hash, fields));
        return client.send(request.build()).get(ref);
    }

    public Row client(Field<?>... fields) {
        var request = Request.builder();
        var ref = request.add(ClientQuery.of(fields));
        return client.send(request.build()).get(ref);
    }

    public List<InfoHash> hashes(ViewName view) {
        var request = Request.builder();
        var ref = request.add(TorrentListQuery.of(view, HASH));
        return client.send(request.build()).get(ref).stream().map(r -> r.get(HASH)).toList();
    }

    /** (started, open, active) of a torrent. */
    public List<Boolean> flags(InfoHash hash) {
        Row row = torrent(hash, STATE, OPEN, ACTIVE);
        return List.of(row.get(STATE), row.get(OPEN), row.get(ACTIVE));
    }

    /** Runs a command and reads the flags back in the same request: one round trip. */
    public List<Boolean> runThenFlags(Command command) {
        var request = Request.builder();
        request.add(command).index();
        var ref = request.add(TorrentQuery.of(((Command.OnTorrent) command).hash(), STATE, OPEN, ACTIVE));
        Row row = client.send(request.build()).get(ref);
        return List.of(row.get(STATE), row.get(OPEN), row.get(ACTIVE));
    }

    /** Polls until a flag turns true (hash checks finish asynchronously in rTorrent). */
    public void awaitTrue(InfoHash hash, Field<Boolean> flag) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!torrent(hash, flag).get(flag)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(flag + " of " + hash + " did not turn true within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
