package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.FilteredQuery;
import io.pyrotorrent.domain.model.request.LoadedAfterQuery;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.ThrottleQuery;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.model.request.ViewSizesQuery;
import io.pyrotorrent.domain.model.settings.SettingValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans each step of a request as rTorrent calls. Lists of torrents, files, peers and trackers
 * are one d./f./p./t.multicall each, whatever their size; single values are one call per field.
 * All of them then travel in one system.multicall.
 */
public final class StepPlanner {

    /**
     * The one predicate pyroTorrent gives d.multicall.filtered, a constant: true for a torrent
     * whose upload or download rate is above zero. rTorrent evaluates it per torrent, so it is a
     * command like any other; nothing of a request ever reaches it (CommandWhitelistTest).
     */
    static final String TRANSFERRING = "or={d.up.rate=,d.down.rate=}";

    /** The same for a torrent with a message that is not empty: rTorrent reads a string as true then. */
    static final String WITH_MESSAGE = "d.message=";

    /**
     * The torrents rTorrent loaded after a second of its clock: the number is the query's own
     * (a long, never text from a request), so the predicate stays a constant shape.
     */
    static final String LOADED_AFTER = "greater=d.load_date=,value=";

    /**
     * The change count pyroTorrent keeps inside rTorrent ({@link ChangeCountQuery}): a value, and a
     * handler on rTorrent's insert and erase events that adds one to it. All three are constants;
     * the handler's name is what {@code method.set_key = event.download.inserted, pyrotorrent_changes}
     * (with no command) takes away again.
     */
    static final String CHANGE_COUNT = "pyrotorrent.changes";

    static final String CHANGE_HANDLER = "pyrotorrent_changes";
    static final String ADD_ONE = CHANGE_COUNT + ".set=(math.add,(" + CHANGE_COUNT + "),1)";
    static final List<String> CHANGE_EVENTS = List.of("event.download.inserted", "event.download.erased");

    /** A list of the hash alone: the mirror's membership read. */
    private static final List<Field<?>> JUST_THE_HASH = List.of(TorrentFields.HASH);

    private StepPlanner() {}

    public static PlannedStep plan(Step<?> step) {
        if (step instanceof Command command) {
            return CommandPlanner.plan(command);
        }
        if (step instanceof ClientQuery query) {
            return perField(query.columns(), "");
        }
        if (step instanceof TorrentQuery query) {
            return perField(query.columns(), query.hash().hex());
        }
        if (step instanceof TorrentListQuery query) {
            if (query.columns().fields().equals(JUST_THE_HASH)) {
                // download_list names a view's hashes for less than d.multicall2 with d.hash= costs
                // rTorrent (at 20,000 torrents 74 ms of its CPU against 103: rtorrent-read-costs), with the same
                // fault for an unknown view.
                return new PlannedStep(
                        List.of(new Call("download_list", "", query.view().value())),
                        results -> ResultDecoder.hashes(query.columns(), results.get(0)));
            }
            return multicall("d.multicall2", "", query.view().value(), query.columns());
        }
        if (step instanceof FileListQuery query) {
            return multicall("f.multicall", query.hash().hex(), "", query.columns());
        }
        if (step instanceof PeerListQuery query) {
            return multicall("p.multicall", query.hash().hex(), "", query.columns());
        }
        if (step instanceof TrackerListQuery query) {
            return multicall("t.multicall", query.hash().hex(), "", query.columns());
        }
        if (step instanceof ThrottleQuery query) {
            String name = query.name().value();
            return new PlannedStep(
                    List.of(new Call("throttle.up.max", "", name), new Call("throttle.down.max", "", name)),
                    ResultDecoder::throttle);
        }
        if (step instanceof FilteredQuery query) {
            String predicate = switch (query.filter()) {
                case TRANSFERRING -> TRANSFERRING;
                case WITH_MESSAGE -> WITH_MESSAGE;
            };
            return multicall("d.multicall.filtered", "", query.view().value(), predicate, query.columns());
        }
        if (step instanceof LoadedAfterQuery query) {
            return multicall(
                    "d.multicall.filtered",
                    "",
                    query.view().value(),
                    LOADED_AFTER + query.epochSecond(),
                    query.columns());
        }
        if (step instanceof ChangeCountQuery query) {
            var calls = new ArrayList<Call>();
            if (query.install()) {
                calls.add(new Call("method.insert", "", CHANGE_COUNT, "value", 0));
                CHANGE_EVENTS.forEach(
                        event -> calls.add(new Call("method.set_key", "", event, CHANGE_HANDLER, ADD_ONE)));
            }
            calls.add(new Call(CHANGE_COUNT, ""));
            return new PlannedStep(calls, ResultDecoder::changeCount);
        }
        if (step instanceof ViewSizesQuery query) {
            return new PlannedStep(
                    query.views().stream()
                            .map(view -> new Call("view.size", "", view.value()))
                            .toList(),
                    ResultDecoder::counts);
        }
        throw new IllegalArgumentException("no plan for " + step);
    }

    /** A client setting as an rc-file line (see {@link CommandPlanner#rcLine}). */
    public static String rcLine(SettingValue value) {
        return CommandPlanner.rcLine(value);
    }

    private static PlannedStep perField(Columns columns, String target) {
        var calls = new ArrayList<Call>();
        for (Field<?> field : columns.fields()) {
            calls.add(new Call(CommandTable.getter(field), CommandTable.parameters(field, target)));
        }
        return new PlannedStep(calls, results -> ResultDecoder.row(columns, results));
    }

    private static PlannedStep multicall(String method, String target, String filter, Columns columns) {
        return multicall(method, target, filter, null, columns);
    }

    private static PlannedStep multicall(
            String method, String target, String filter, String predicate, Columns columns) {
        var params = new ArrayList<Object>(columns.fields().size() + 3);
        params.add(target);
        params.add(filter);
        if (predicate != null) {
            params.add(predicate);
        }
        columns.fields().forEach(field -> params.add(CommandTable.multicallArgument(field)));
        return new PlannedStep(
                List.of(new Call(method, params.toArray())), results -> ResultDecoder.rows(columns, results.get(0)));
    }
}
