package io.pyrotorrent.domain.model.field;

import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A typed key for one value rTorrent knows about the client, a torrent, a file, a peer or a
 * tracker. {@code T} is the Java type of its value in a {@link Row}. Fields exist only as the
 * constants of {@link ClientFields}, {@link TorrentFields}, {@link FileFields}, {@link PeerFields}
 * and {@link TrackerFields}: a request can name nothing rTorrent is not known to answer.
 */
public final class Field<T> {

    /** Numbers the fields as they are made: {@link Columns} finds a field's column by it in one step. */
    private static final AtomicInteger MADE = new AtomicInteger();

    private final Scope scope;
    private final String name;
    private final ValueKind kind;
    private final int id;

    private Field(Scope scope, String name, ValueKind kind) {
        this.scope = Objects.requireNonNull(scope);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.id = MADE.getAndIncrement();
    }

    /** Small, dense and unique per field, for lookup tables; not a name to show or keep. */
    int id() {
        return id;
    }

    static Field<String> text(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.TEXT);
    }

    static Field<Long> number(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.NUMBER);
    }

    static Field<Boolean> flag(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.FLAG);
    }

    static Field<Double> ratio(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.RATIO);
    }

    static Field<Optional<Instant>> time(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.TIME);
    }

    static Field<List<String>> textList(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.TEXT_LIST);
    }

    static Field<InfoHash> hash(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.HASH);
    }

    static Field<Label> label(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.LABEL);
    }

    static Field<TorrentPriority> torrentPriority(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.TORRENT_PRIORITY);
    }

    static Field<FilePriority> filePriority(Scope scope, String name) {
        return new Field<>(scope, name, ValueKind.FILE_PRIORITY);
    }

    public Scope scope() {
        return scope;
    }

    /** The field's modern name, unique within its scope (e.g. "size_bytes"). */
    public String name() {
        return name;
    }

    public ValueKind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return scope.name().toLowerCase(Locale.ROOT) + "." + name;
    }
}
