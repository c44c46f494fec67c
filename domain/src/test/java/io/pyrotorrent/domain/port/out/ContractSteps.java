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
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Small steps the contract tests share; every read is its own request. */
public final class ContractSteps {

    private final TorrentClient client;

    ContractSteps(TorrentClient client) {
        this.client = client;
    }

    /** Loads a torrent and waits until rTorrent lists it: load.raw only queues the load. */
    public void load(TestTorrent torrent, boolean start) {
        client.send(Request.of(Command.AddTorrent.of(torrent.source(), start)))
                .outcomes()
                .get(0)
                .orThrow();
        awaitPresent(torrent.hash());
    }

    /** rTorrent inserts loaded torrents on its next loop turn, in load order. */
    public void awaitPresent(InfoHash hash) {
        await(
                () -> client.send(Request.of(TorrentQuery.of(hash, HASH)))
                                .outcomes()
                                .get(0)
                        instanceof Outcome.Success,
                hash + " to appear");
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
        return client.send(request.build()).get(ref).stream()
                .map(r -> r.get(HASH))
                .toList();
    }

    /** (started, open, active) of a torrent. */
    public List<Boolean> flags(InfoHash hash) {
        Row row = torrent(hash, STATE, OPEN, ACTIVE);
        return List.of(row.get(STATE), row.get(OPEN), row.get(ACTIVE));
    }

    /**
     * Runs a command, then waits for the flags rTorrent settles on: starting a closed torrent
     * sets d.state at once but opens and activates it a moment later.
     */
    public void assertFlagsSettle(Command.OnTorrent command, List<Boolean> expected) {
        client.send(Request.of(command)).outcomes().get(0).orThrow();
        await(() -> flags(command.hash()).equals(expected), command + " to give (started, open, active) = " + expected);
    }

    /** Polls until a flag turns true (hash checks finish asynchronously in rTorrent). */
    public void awaitTrue(InfoHash hash, Field<Boolean> flag) {
        await(() -> torrent(hash, flag).get(flag), flag + " of " + hash + " to turn true");
    }

    /** Polls a condition with a deadline; real rTorrent answers within milliseconds. */
    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 10 s for " + what);
            }
            Thread.onSpinWait();
        }
    }
}
