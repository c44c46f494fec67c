package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One checked element: its steps in order, added to its target's request, and how its answer is
 * read back from that request's snapshot. Consecutive getters share one query; a command between
 * them starts a new one, so a get after a set sees the new value.
 */
final class LegacyPlan {

    /** A getter's name and the field it reads. */
    record Named(String name, Field<?> field) {}

    sealed interface Op {}

    /** Consecutive getters: one query of their distinct fields. */
    record Read(List<Named> names) implements Op {
        List<Field<?>> fields() {
            return names.stream().<Field<?>>map(Named::field).distinct().toList();
        }
    }

    /** One setter or action. */
    record Run(String name, Command command) implements Op {}

    private final LegacyElement element;
    private final LegacyType type;
    private final Optional<InfoHash> hash;
    private final ViewName view;
    private final List<Op> ops;
    private final List<Ref<?>> refs = new ArrayList<>();

    LegacyPlan(LegacyElement element, LegacyType type, Optional<InfoHash> hash, ViewName view, List<Op> ops) {
        this.element = element;
        this.type = type;
        this.hash = hash;
        this.view = view;
        this.ops = List.copyOf(ops);
    }

    boolean hasSteps() {
        return !ops.isEmpty();
    }

    void addTo(Request.Builder request) {
        ops.forEach(op -> refs.add(request.add(step(op))));
    }

    private Step<?> step(Op op) {
        if (op instanceof Run run) {
            return run.command();
        }
        List<Field<?>> fields = ((Read) op).fields();
        return switch (type) {
            case RTORRENT -> ClientQuery.of(fields);
            case TORRENT -> TorrentQuery.of(hash.orElseThrow(), fields);
            case TORRENT_REQUESTER -> TorrentListQuery.of(view, fields);
            case FILE_REQUESTER -> FileListQuery.of(hash.orElseThrow(), fields);
            case PEER_REQUESTER -> PeerListQuery.of(hash.orElseThrow(), fields);
            case TRACKER_REQUESTER -> TrackerListQuery.of(hash.orElseThrow(), fields);
        };
    }

    /** The element's answer: an object, an array of objects, or an error naming the failed attribute. */
    JsonNode answer(Snapshot snapshot) {
        ObjectNode answer = Json.object();
        LegacyRows rows = new LegacyRows();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Outcome<?> outcome = snapshot.outcomes().get(refs.get(i).index());
            if (outcome instanceof Outcome.Failure<?> failure) {
                return failed(op, failure);
            }
            Object value = ((Outcome.Success<?>) outcome).value();
            if (op instanceof Run run) {
                answer.put(run.name(), 0); // what rTorrent answers a command with
            } else if (value instanceof Row row) {
                put(answer, ((Read) op).names(), row);
            } else {
                @SuppressWarnings("unchecked")
                List<Row> list = (List<Row>) value;
                rows.add(((Read) op).names(), list);
            }
        }
        return type.answersList() ? new POJONode(rows) : answer;
    }

    /** Every element of a target gets this when the target failed as a whole. */
    JsonNode failed(ApiError error) {
        return error.at(element.where()).body();
    }

    private JsonNode failed(Op op, Outcome.Failure<?> failure) {
        String attribute =
                op instanceof Run run ? run.name() : ((Read) op).names().get(0).name();
        ApiError error = hash.isPresent() && ErrorMapping.isUnknownHash(failure.failure())
                ? ErrorMapping.of(new UnknownTorrentException(hash.get()))
                : ErrorMapping.of(failure.failure());
        return error.at(element.where() + ": " + attribute).body();
    }

    private static void put(ObjectNode object, List<Named> names, Row row) {
        // A name asked twice answers once, as the original's dictionaries did.
        names.forEach(named -> object.set(named.name(), RawValues.of(named.field(), row.get(named.field()))));
    }
}
