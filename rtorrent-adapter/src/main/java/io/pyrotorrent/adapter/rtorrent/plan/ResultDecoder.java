package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.adapter.rtorrent.fault.RtorrentFaults;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads system.multicall results: each entry is a one-element array holding the value, or a
 * {faultCode, faultString} struct in its place when rTorrent refused that call alone.
 */
final class ResultDecoder {

    private static final Outcome<Done> DONE = new Outcome.Success<>(Done.INSTANCE);

    private ResultDecoder() {}

    static Outcome<?> done(List<Object> results) {
        for (Object result : results) {
            Optional<ClientFailure> fault = fault(result);
            if (fault.isPresent()) {
                return new Outcome.Failure<>(fault.get());
            }
        }
        return DONE;
    }

    /** One value per field, each from its own call. */
    static Outcome<?> row(Columns columns, List<Object> results) {
        List<Field<?>> fields = columns.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Optional<ClientFailure> fault = fault(results.get(i));
            if (fault.isPresent()) {
                return new Outcome.Failure<>(fault.get());
            }
            values[i] = ValueConverter.convert(fields.get(i), value(results.get(i)));
        }
        return new Outcome.Success<>(columns.row(values));
    }

    /** Rows from one d./f./p./t.multicall: an array of arrays, one value per field. */
    static Outcome<?> rows(Columns columns, Object result) {
        Optional<ClientFailure> fault = fault(result);
        if (fault.isPresent()) {
            return new Outcome.Failure<>(fault.get());
        }
        if (!(value(result) instanceof Object[] raw)) {
            throw protocol("a multicall answered something other than a list of rows");
        }
        List<Field<?>> fields = columns.fields();
        var rows = new ArrayList<Row>(raw.length);
        for (Object item : raw) {
            if (!(item instanceof Object[] cells) || cells.length != fields.size()) {
                throw protocol("a multicall row does not have " + fields.size() + " values");
            }
            Object[] values = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                values[i] = ValueConverter.convert(fields.get(i), cells[i]);
            }
            rows.add(columns.row(values));
        }
        return new Outcome.Success<>(List.copyOf(rows));
    }

    /** download_list's answer (a list of hashes) as rows of the one column, the hash. */
    static Outcome<?> hashes(Columns columns, Object result) {
        Optional<ClientFailure> fault = fault(result);
        if (fault.isPresent()) {
            return new Outcome.Failure<>(fault.get());
        }
        if (!(value(result) instanceof Object[] raw)) {
            throw protocol("download_list answered something other than a list of hashes");
        }
        var rows = new ArrayList<Row>(raw.length);
        for (Object hash : raw) {
            rows.add(columns.row(
                    new Object[] {ValueConverter.convert(columns.fields().get(0), hash)}));
        }
        return new Outcome.Success<>(List.copyOf(rows));
    }

    /** throttle.up.max and throttle.down.max of one group, in that order: bytes/s, -1 unknown. */
    static Outcome<?> throttle(List<Object> results) {
        long[] limits = new long[2];
        for (int i = 0; i < 2; i++) {
            Optional<ClientFailure> fault = fault(results.get(i));
            if (fault.isPresent()) {
                return new Outcome.Failure<>(fault.get());
            }
            if (!(value(results.get(i)) instanceof Number number)) {
                throw protocol("a throttle group's limit is not a number");
            }
            limits[i] = number.longValue();
        }
        return new Outcome.Success<>(new ThrottleLimits(limits[0], limits[1]));
    }

    /** One count per view.size call, in order; a fault in any fails the step. */
    static Outcome<?> counts(List<Object> results) {
        var counts = new ArrayList<Long>(results.size());
        for (Object result : results) {
            Optional<ClientFailure> fault = fault(result);
            if (fault.isPresent()) {
                return new Outcome.Failure<>(fault.get());
            }
            if (!(value(result) instanceof Number number) || number.longValue() < 0) {
                throw protocol("a view's size is not a count");
            }
            counts.add(number.longValue());
        }
        return new Outcome.Success<>(List.copyOf(counts));
    }

    /**
     * The change count: the last result is its value. Before it, when the step sets the count up,
     * come method.insert (refused where the count exists already: another pyroTorrent, or this one
     * before a restart of its own, set it up, and it keeps counting) and the two event handlers,
     * whose refusal fails the step. Anything but a count fails this step alone: the mirror then
     * looks for loads on its cadence, as without the count.
     */
    static Outcome<?> changeCount(List<Object> results) {
        for (int i = 1; i < results.size(); i++) {
            Optional<ClientFailure> fault = fault(results.get(i));
            if (fault.isPresent()) {
                return new Outcome.Failure<>(fault.get());
            }
        }
        Object count = value(results.get(results.size() - 1));
        if (!(count instanceof Number number) || number.longValue() < 0) {
            return new Outcome.Failure<>(new ClientFailure.ProtocolError("the change count is not a count"));
        }
        return new Outcome.Success<>(number.longValue());
    }

    private static Optional<ClientFailure> fault(Object result) {
        if (result instanceof Map<?, ?> struct) {
            Object code = struct.get("faultCode");
            Object text = struct.get("faultString");
            return Optional.of(RtorrentFaults.failure(
                    code instanceof Number n ? n.intValue() : 0, text == null ? "" : text.toString()));
        }
        return Optional.empty();
    }

    private static Object value(Object result) {
        if (result instanceof Object[] wrapper && wrapper.length == 1) {
            return wrapper[0];
        }
        throw protocol("a system.multicall entry is neither [value] nor a fault");
    }

    private static TorrentClientException protocol(String detail) {
        return new TorrentClientException(new ClientFailure.ProtocolError(detail));
    }
}
