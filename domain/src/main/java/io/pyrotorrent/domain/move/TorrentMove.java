package io.pyrotorrent.domain.move;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * One torrent's move, in the order that never leaves rTorrent pointing at nothing: stop and close
 * it (so nothing writes while the data moves), carry the data whole to the new place, point
 * rTorrent there, and only then delete the old copy; restart it as it was (started, paused or
 * stopped), then the optional recheck. Whatever fails before rTorrent points at the new place puts
 * the data back and restarts the torrent at the old place.
 */
final class TorrentMove {

    private final TorrentClient client;
    private final StorageMapping mapping;
    private final DownloadDirectory destination;
    private final boolean recheck;
    private final boolean renameFirst;

    TorrentMove(
            TorrentClient client,
            StorageMapping mapping,
            DownloadDirectory destination,
            boolean recheck,
            boolean renameFirst) {
        this.client = client;
        this.mapping = mapping;
        this.destination = destination;
        this.recheck = recheck;
        this.renameFirst = renameFirst;
    }

    /** How it ended, as the job shows it; a failure is this torrent's result, not the job's end. */
    JobItem run(InfoHash hash, LongConsumer total, LongConsumer progress) {
        String subject = hash.hex();
        try {
            MoveFacts facts = facts(hash);
            subject = facts.name();
            MovePlan plan = MovePlanner.plan(facts, mapping, destination);
            total.accept(plan.bytes());
            return new JobItem(subject, true, carry(facts, plan, progress));
        } catch (MoveRefused e) {
            return new JobItem(subject, false, "not moved: " + e.getMessage());
        } catch (TorrentClientException e) {
            return new JobItem(subject, false, "not moved: the target failed: " + e.getMessage());
        }
    }

    private String carry(MoveFacts facts, MovePlan plan, LongConsumer progress) {
        InfoHash hash = facts.hash();
        send(List.of(new Command.Stop(hash), new Command.Close(hash)), "stopping it");
        DataMover.Way way;
        try {
            way = DataMover.move(plan, renameFirst, progress);
        } catch (IOException | RuntimeException e) {
            restore(facts, false);
            throw new MoveRefused(
                    "the data could not be carried (" + describe(e) + "); it stays complete at " + facts.directory());
        }
        try {
            send(
                    List.of(new Command.SetDirectory(hash, DownloadDirectory.of(plan.remoteDirectory()), plan.exact())),
                    "pointing rTorrent at the new place");
        } catch (MoveRefused | TorrentClientException | IllegalArgumentException e) {
            putBack(plan, way);
            restore(facts, false);
            throw new MoveRefused(e.getMessage() + "; the data is back at " + facts.directory());
        }
        String note = "";
        try {
            DataMover.deleteOld(plan, way);
        } catch (IOException e) {
            note = "; the old copy could not all be deleted (" + describe(e) + ")";
        }
        restore(facts, recheck);
        return (way == DataMover.Way.RENAMED ? "renamed into " : "copied into ")
                + destination.path()
                + (recheck ? ", rechecking" : "")
                + note;
    }

    /** The state it had: started, paused (started, not active), open but stopped, or closed. */
    private void restore(MoveFacts facts, boolean check) {
        InfoHash hash = facts.hash();
        var commands = new ArrayList<Command>();
        if (facts.started()) {
            commands.add(new Command.Start(hash));
            if (!facts.active()) {
                commands.add(new Command.Pause(hash));
            }
        } else if (facts.open()) {
            commands.add(new Command.Open(hash));
        }
        if (check) {
            commands.add(new Command.CheckHash(hash));
        }
        if (!commands.isEmpty()) {
            send(commands, "restarting it");
        }
    }

    private static void putBack(MovePlan plan, DataMover.Way way) {
        try {
            DataMover.undo(plan, way);
        } catch (IOException e) {
            throw new MoveRefused("rTorrent still points at the old place but the data could not be put back ("
                    + describe(e) + "); it is complete at the new place");
        }
    }

    private void send(List<Command> commands, String doing) {
        var request = Request.builder();
        commands.forEach(request::add);
        Snapshot answer = client.send(request.build());
        for (Outcome<?> outcome : answer.outcomes()) {
            if (outcome instanceof Outcome.Failure<?> failure) {
                throw new MoveRefused(
                        "rTorrent refused " + doing + ": " + failure.failure().message());
            }
        }
    }

    private MoveFacts facts(InfoHash hash) {
        var request = Request.builder();
        var torrent = request.add(TorrentQuery.of(
                hash,
                TorrentFields.NAME,
                TorrentFields.DIRECTORY,
                TorrentFields.MULTI_FILE,
                TorrentFields.STATE,
                TorrentFields.OPEN,
                TorrentFields.ACTIVE));
        var files = request.add(FileListQuery.of(hash, FileFields.PATH));
        Snapshot snapshot = client.send(request.build());
        if (snapshot.outcome(torrent) instanceof Outcome.Failure<?> failure) {
            throw new MoveRefused(
                    failure.failure() instanceof ClientFailure.NotFound
                            ? "rTorrent does not know this torrent"
                            : failure.failure().message());
        }
        Row row = snapshot.get(torrent);
        return new MoveFacts(
                hash,
                row.get(TorrentFields.NAME),
                row.get(TorrentFields.DIRECTORY),
                row.get(TorrentFields.MULTI_FILE),
                row.get(TorrentFields.STATE),
                row.get(TorrentFields.OPEN),
                row.get(TorrentFields.ACTIVE),
                snapshot.get(files).stream().map(f -> f.get(FileFields.PATH)).toList());
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof IOException ? e.getClass().getSimpleName() + " " + message : message;
    }
}
