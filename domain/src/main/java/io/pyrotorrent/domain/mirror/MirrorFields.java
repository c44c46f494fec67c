package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Scope;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The torrent fields a mirror holds, cut by value class and into sweep chunks. */
final class MirrorFields {

    /** What a resume reads of the state: the status flags and the tracker's message. */
    private static final Set<Field<?>> RESUME_STATE = Stream.concat(
                    TorrentState.FIELDS.stream(), Stream.of(TorrentFields.MESSAGE))
            .collect(Collectors.toUnmodifiableSet());

    private final Columns columns;
    private final List<Field<?>> state;
    private final List<Field<?>> changing;
    private final List<Field<?>> moving;
    private final List<Field<?>> resume;
    private final List<Field<?>> transferring;
    private final List<List<Field<?>>> chunks = new ArrayList<>();

    MirrorFields(List<? extends Field<?>> fields, int fieldsPerChunk) {
        columns = Columns.of(fields).requireScope(Scope.TORRENT, "a mirror");
        if (!columns.fields().contains(TorrentFields.HASH)) {
            throw new IllegalArgumentException("a mirror keys its rows by hash, so its fields include hash");
        }
        state = ofClass(ValueClass.STATE);
        changing = columns.fields().stream()
                .filter(f -> ValueClass.of(f) == ValueClass.MOVING || ValueClass.of(f) == ValueClass.STATE)
                .toList();
        moving = ofClass(ValueClass.MOVING);
        resume = withHash(columns.fields().stream()
                .filter(f -> RESUME_STATE.contains(f) || f == TorrentFields.UP_RATE || f == TorrentFields.DOWN_RATE)
                .toList());
        transferring = withHash(columns.fields().stream()
                .filter(f -> RESUME_STATE.contains(f) || ValueClass.of(f) == ValueClass.MOVING)
                .toList());
        List<Field<?>> rest =
                columns.fields().stream().filter(f -> f != TorrentFields.HASH).toList();
        for (int from = 0; from < rest.size(); from += fieldsPerChunk) {
            chunks.add(withHash(rest.subList(from, Math.min(rest.size(), from + fieldsPerChunk))));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of(TorrentFields.HASH));
        }
    }

    Columns columns() {
        return columns;
    }

    List<Field<?>> all() {
        return columns.fields();
    }

    List<Field<?>> state() {
        return state;
    }

    /**
     * The first read after an idle spell: every torrent's hash, the flags its status and the
     * sidebar's counts come from, its tracker message and its rates, so the first page has the
     * right torrents in the right filters, and a torrent that stopped transferring meanwhile shows
     * a rate of zero at once. The rest of the state (label, priority, times, views) follows in the
     * next poll's state read: 8 values a torrent instead of 18, about half of rTorrent's time for
     * the read at 20,000 torrents (see {@link MainRead#RESUME}).
     */
    List<Field<?>> resume() {
        return resume;
    }

    /**
     * What every poll reads of the torrents transferring now, and of those that just stopped:
     * their moving values, status flags and message. Labels, priorities, times and views change
     * on commands, not with transfer: ours re-read what they touch, other clients' show in the
     * state read (4 minutes), as on idle torrents. 17 values a torrent instead of 27, in the read
     * that every poll makes.
     */
    List<Field<?>> transferring() {
        return transferring;
    }

    /** The fields a command can change: moving and state. */
    List<Field<?>> changing() {
        return changing;
    }

    int chunks() {
        return chunks.size();
    }

    List<Field<?>> chunk(int index) {
        return chunks.get(index);
    }

    /**
     * The fields of a full read of {@code rows} torrents, cut so no part holds more than
     * {@code cellsPerRead} values: one part (every field) when they fit, else parts of as many
     * fields as fit, each with the hash.
     */
    List<List<Field<?>>> fullParts(long rows, int cellsPerRead) {
        if (rows * columns.fields().size() <= cellsPerRead) {
            return List.of(all());
        }
        return parts(columns.fields(), rows, cellsPerRead);
    }

    /**
     * The moving fields (rates, byte totals, peers, ratio) of {@code rows} torrents in as few
     * reads as fit {@code cellsPerRead} values each, each with the hash; empty when the mirror
     * holds none. What an idle spell may have left behind on torrents that moved meanwhile.
     */
    List<List<Field<?>>> movingParts(long rows, int cellsPerRead) {
        if (moving.isEmpty()) {
            return List.of();
        }
        if (rows * (moving.size() + 1) <= cellsPerRead) {
            return List.of(withHash(moving));
        }
        return parts(moving, rows, cellsPerRead);
    }

    private static List<List<Field<?>>> parts(List<Field<?>> fields, long rows, int cellsPerRead) {
        int perPart = (int) Math.max(1, cellsPerRead / Math.max(1, rows) - 1);
        List<Field<?>> rest =
                fields.stream().filter(f -> f != TorrentFields.HASH).toList();
        var parts = new ArrayList<List<Field<?>>>();
        for (int from = 0; from < rest.size(); from += perPart) {
            parts.add(withHash(rest.subList(from, Math.min(rest.size(), from + perPart))));
        }
        return List.copyOf(parts);
    }

    static List<Field<?>> withHash(List<Field<?>> fields) {
        var list = new ArrayList<Field<?>>();
        list.add(TorrentFields.HASH);
        fields.stream().filter(f -> f != TorrentFields.HASH).forEach(list::add);
        return List.copyOf(list);
    }

    private List<Field<?>> ofClass(ValueClass valueClass) {
        return columns.fields().stream()
                .filter(f -> ValueClass.of(f) == valueClass)
                .toList();
    }
}
